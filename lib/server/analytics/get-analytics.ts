import 'server-only';
import { bucketUnitFor, durationPercentiles, type Analytics, type AnalyticsQuery } from '@/lib/analytics/analytics-query';
import { outcomeOf } from '@/lib/analytics/outcome-labels';
import { selectOutcomes, selectPerBucket, selectQuality, selectSummary } from './analytics-sql';

/** Everything the dashboard shows for a period and flow: four aggregate queries in parallel. */
export async function getAnalytics(query: AnalyticsQuery): Promise<Analytics> {
  const bucket = bucketUnitFor(query);
  const [summary, perBucket, outcomes, quality] = await Promise.all([
    selectSummary(query),
    selectPerBucket(query, bucket),
    selectOutcomes(query),
    selectQuality(query),
  ]);
  const percentileValues = { 50: summary.p50, 75: summary.p75, 90: summary.p90, 95: summary.p95, 99: summary.p99 };
  return {
    from: query.from.toISOString(),
    to: query.to.toISOString(),
    flowId: query.flowId ?? null,
    bucket,
    totals: { calls: summary.calls, completed: summary.completed, inProgress: summary.in_progress, ended: summary.ended },
    duration: {
      average: summary.average,
      percentiles: durationPercentiles.map((percentile) => ({ percentile, seconds: percentileValues[percentile] })),
    },
    mos: { average: quality.average, legs: quality.legs },
    perBucket: perBucket.map((b) => ({ start: new Date(b.start).toISOString(), calls: b.calls, completed: b.completed })),
    outcomes: outcomes.map((o) => outcomeOf(o.status, o.count)),
    quality: { good: quality.good, fair: quality.fair, poor: quality.poor },
  };
}
