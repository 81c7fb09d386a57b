import { requirePage } from '@/lib/auth/require-page';
import { CallsView } from '@/components/calls/calls-view';
import { listFlows } from '@/lib/server/flows/list-flows';

export const dynamic = 'force-dynamic';

export const metadata = { title: 'Calls — IVR Studio' };

export default async function CallsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePage('calls.read');
  const [flows, query] = await Promise.all([listFlows(), searchParams]);
  const flowId = typeof query.flowId === 'string' ? query.flowId : null;
  const options = flows.map((f) => ({ id: f.id, name: f.name, published: f.status === 'published', numbers: f.numbers }));
  return (
    <section aria-labelledby="calls-heading" className="mx-auto max-w-6xl px-6 py-8">
      <CallsView flows={options} initialFlowId={flowId} />
    </section>
  );
}
