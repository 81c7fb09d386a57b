import { requirePage } from '@/lib/auth/require-page';
import Link from 'next/link';
import { HistoryFilters } from '@/components/history/history-filters';
import { filtersOnly, firstValues, withParams } from '@/components/history/history-params';
import { HistoryTable } from '@/components/history/history-table';
import { buttonStyles } from '@/components/ui/button';
import { parseReadable } from '@/lib/http/readable-parse';
import { listCalls, listCallsQuery } from '@/lib/server/calls/list-calls';
import { listFlows } from '@/lib/server/flows/list-flows';

export const dynamic = 'force-dynamic';

export const metadata = { title: 'Call history — IVR Studio' };

export default async function HistoryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePage('calls.read');
  const params = firstValues(await searchParams);
  const parsed = parseReadable(listCallsQuery, params);
  const [flows, result] = await Promise.all([listFlows(), parsed.ok ? listCalls(parsed.data) : null]);
  const flowNames = new Map(flows.map((f) => [f.id, f.name]));
  const filters = filtersOnly(params);
  const hasFilters = Object.keys(filters).length > 0;
  const pages = result ? Math.max(1, Math.ceil(result.total / result.pageSize)) : 1;

  return (
    <section aria-labelledby="history-heading" className="mx-auto max-w-6xl space-y-4 px-6 py-8">
      <div className="flex items-center gap-4">
        <h1 id="history-heading" className="text-2xl font-semibold text-slate-900">
          Call history
        </h1>
        <a href={`/api/calls/export.csv${withParams(filters, {})}`} className={`${buttonStyles.secondary} ml-auto`} download>
          Export CSV
        </a>
      </div>
      <HistoryFilters key={withParams(params, {})} params={params} flows={flows.map((f) => ({ id: f.id, name: f.name }))} />
      {!parsed.ok ? (
        <p role="alert" className="text-sm text-rose-800">
          These filters cannot be read: {parsed.message} <Link href="/history" className="underline">Clear filters</Link>
        </p>
      ) : result && result.calls.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-sm text-slate-600">
          <p className="font-medium text-slate-800">{hasFilters ? 'No calls match these filters' : 'No calls yet.'}</p>
          {hasFilters && (
            <Link href="/history" className="mt-2 inline-block text-blue-800 underline">
              Clear filters
            </Link>
          )}
        </div>
      ) : (
        result && (
          <>
            <p className="text-sm text-slate-600" aria-live="polite">
              {result.totalIsCapped ? `${result.total.toLocaleString('en')}+` : result.total} call{result.total === 1 ? '' : 's'} · page {result.page} of{' '}
              {pages}
              {result.totalIsCapped ? '+' : ''}
            </p>
            <HistoryTable calls={result.calls} flowNames={flowNames} sort={{ sort: result.sort, order: result.order }} params={params} />
            <nav aria-label="Pages" className="flex items-center justify-between text-sm">
              {result.page > 1 ? (
                <Link href={`/history${withParams(params, { page: String(result.page - 1) })}`} className={buttonStyles.secondary}>
                  Previous page
                </Link>
              ) : (
                <span />
              )}
              {result.page < pages && (
                <Link href={`/history${withParams(params, { page: String(result.page + 1) })}`} className={buttonStyles.secondary}>
                  Next page
                </Link>
              )}
            </nav>
          </>
        )
      )}
    </section>
  );
}
