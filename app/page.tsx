import { FlowsView } from '@/components/flows/flows-view';
import { listFlows } from '@/lib/server/flows/list-flows';

export const dynamic = 'force-dynamic';

export default async function HomePage() {
  const flows = await listFlows();
  return (
    <section aria-labelledby="flows-heading" className="mx-auto max-w-6xl space-y-4 px-6 py-8">
      <div>
        <h1 id="flows-heading" className="text-2xl font-semibold">
          Flows
        </h1>
        <p className="text-sm text-slate-600">Phone menus, their published version and the numbers that reach them.</p>
      </div>
      <FlowsView flows={flows} />
    </section>
  );
}
