import 'server-only';
import { bucketUnitFor, type Analytics, type AnalyticsQuery } from '@/lib/analytics/analytics-query';
import { analyticsOf, mergeStats, splitPeriod, startOfUtcDay } from '@/lib/analytics/call-stats';
import { rawStats, storedDayStats } from './call-stats-sql';

/**
 * Everything the dashboard shows for a period and flow: its whole past UTC days from the
 * daily rollup (computed once per day), the rest (partial days at the ends, today) from
 * the sessions, merged. Sessions are never loaded: only grouped counts.
 */
export async function getAnalytics(query: AnalyticsQuery, now = new Date()): Promise<Analytics> {
  const { days, ranges } = splitPeriod(query.from, query.to, startOfUtcDay(now));
  const [stored, raw] = await Promise.all([storedDayStats(days, query.flowId), rawStats(ranges, query.flowId)]);
  return analyticsOf(mergeStats([...stored, ...raw]), query, bucketUnitFor(query));
}
