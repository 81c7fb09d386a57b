import { requirePage } from '@/lib/auth/require-page';
import Link from 'next/link';
import { AnalyticsFilters } from '@/components/analytics/analytics-filters';
import { CallsOverTimeChart } from '@/components/analytics/calls-over-time-chart';
import { DurationChart } from '@/components/analytics/duration-chart';
import { OutcomeChart } from '@/components/analytics/outcome-chart';
import { QualityChart } from '@/components/analytics/quality-chart';
import { SummaryCards } from '@/components/analytics/summary-cards';
import { firstValues, withParams } from '@/components/history/history-params';
import { resolvePeriod } from '@/lib/analytics/analytics-period';
import { analyticsQuery } from '@/lib/analytics/analytics-query';
import { parseReadable } from '@/lib/http/readable-parse';
import { getAnalytics } from '@/lib/server/analytics/get-analytics';
import { listFlows } from '@/lib/server/flows/list-flows';

export const dynamic = 'force-dynamic';

export const metadata = { title: 'Analytics — IVR Studio' };

export default async function AnalyticsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePage('calls.read');
  const params = firstValues(await searchParams);
  const period = resolvePeriod(params, new Date());
  const parsed = parseReadable(analyticsQuery, { from: period.from, to: period.to, flowId: params.flowId });
  const [flows, data] = await Promise.all([listFlows(), parsed.ok ? getAnalytics(parsed.data) : null]);

  return (
    <section aria-labelledby="analytics-heading" className="mx-auto max-w-6xl space-y-4 px-6 py-8">
      <h1 id="analytics-heading" className="text-2xl font-semibold text-slate-900">
        Analytics
      </h1>
      <AnalyticsFilters key={withParams(params, {})} period={period.period} params={params} flows={flows.map((f) => ({ id: f.id, name: f.name }))} />
      {!parsed.ok ? (
        <p role="alert" className="text-sm text-rose-800">
          These filters cannot be read: {parsed.message}{' '}
          <Link href="/analytics" className="underline">
            Reset filters
          </Link>
        </p>
      ) : data && data.totals.calls === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-sm text-slate-600">
          <p className="font-medium text-slate-800">No calls in this period.</p>
          <p className="mt-1">Calls appear here once they are placed; try a longer period or another flow.</p>
        </div>
      ) : (
        data && (
          <>
            <SummaryCards data={data} />
            <div className="grid gap-4 lg:grid-cols-2">
              <CallsOverTimeChart data={data} />
              <OutcomeChart data={data} />
              <DurationChart data={data} />
              <QualityChart data={data} />
            </div>
          </>
        )
      )}
    </section>
  );
}
