import { requirePage } from '@/lib/auth/require-page';
import { FlowsView } from '@/components/flows/flows-view';
import { firstValues } from '@/components/history/history-params';
import { parseReadable } from '@/lib/http/readable-parse';
import { searchFlows, searchFlowsQuery } from '@/lib/server/flows/search-flows';

export const dynamic = 'force-dynamic';

export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePage('flows.read');
  const params = firstValues(await searchParams);
  const parsed = parseReadable(searchFlowsQuery, { q: params.q, page: params.page });
  const result = parsed.ok ? await searchFlows(parsed.data) : null;
  return (
    <section aria-labelledby="flows-heading" className="mx-auto max-w-6xl space-y-4 px-6 py-8">
      <div>
        <h1 id="flows-heading" className="text-2xl font-semibold">
          Flows
        </h1>
        <p className="text-sm text-slate-600">Phone menus, their published version and the numbers that reach them.</p>
      </div>
      <FlowsView q={parsed.ok ? parsed.data.q : (params.q ?? '')} result={result} problem={parsed.ok ? null : parsed.message} />
    </section>
  );
}
