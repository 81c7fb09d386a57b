import 'server-only';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { AnalyticsQuery, BucketUnit } from '@/lib/analytics/analytics-query';
import { qualityThresholds } from '@/lib/eightbyeight/status-codes';
import { callFilterSql, callsFromSql } from '@/lib/server/calls/call-filter';

// The dashboard's aggregates, each one SQL query over the history's filter (flow and
// started_at period). Sessions are never loaded: only counts, averages and percentiles.

const whereFor = (query: AnalyticsQuery, extra: readonly Prisma.Sql[] = []) =>
  callFilterSql({ flowId: query.flowId, from: query.from, to: query.to }, extra);

const durationSql = Prisma.sql`extract(epoch FROM (s.ended_at - s.started_at))::float8`;

export async function selectSummary(query: AnalyticsQuery) {
  const [row] = await db.$queryRaw<
    Array<{ calls: number; completed: number; in_progress: number; ended: number; average: number | null; p50: number | null; p75: number | null; p90: number | null; p95: number | null; p99: number | null }>
  >`
    SELECT count(*)::int AS calls,
           count(*) FILTER (WHERE s.final_status = 'COMPLETED')::int AS completed,
           count(*) FILTER (WHERE s.ended_at IS NULL AND s.final_status IS NULL)::int AS in_progress,
           count(*) FILTER (WHERE s.ended_at IS NOT NULL)::int AS ended,
           avg(${durationSql}) FILTER (WHERE s.ended_at IS NOT NULL)::float8 AS average,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY ${durationSql}) FILTER (WHERE s.ended_at IS NOT NULL) AS p50,
           percentile_cont(0.75) WITHIN GROUP (ORDER BY ${durationSql}) FILTER (WHERE s.ended_at IS NOT NULL) AS p75,
           percentile_cont(0.9) WITHIN GROUP (ORDER BY ${durationSql}) FILTER (WHERE s.ended_at IS NOT NULL) AS p90,
           percentile_cont(0.95) WITHIN GROUP (ORDER BY ${durationSql}) FILTER (WHERE s.ended_at IS NOT NULL) AS p95,
           percentile_cont(0.99) WITHIN GROUP (ORDER BY ${durationSql}) FILTER (WHERE s.ended_at IS NOT NULL) AS p99
    ${callsFromSql} ${whereFor(query)}`;
  return row!;
}

// Whitelisted: the unit only ever maps to these literals.
const truncUnit: Record<BucketUnit, Prisma.Sql> = { hour: Prisma.sql`'hour'`, day: Prisma.sql`'day'` };
const step: Record<BucketUnit, Prisma.Sql> = { hour: Prisma.sql`interval '1 hour'`, day: Prisma.sql`interval '1 day'` };

/** Calls per hour or day (UTC), every bucket of the period present, empty ones as 0. */
export async function selectPerBucket(query: AnalyticsQuery, unit: BucketUnit) {
  return db.$queryRaw<Array<{ start: Date; calls: number; completed: number }>>`
    WITH counted AS (
      SELECT date_trunc(${truncUnit[unit]}, s.started_at) AS bucket,
             count(*)::int AS calls,
             count(*) FILTER (WHERE s.final_status = 'COMPLETED')::int AS completed
      ${callsFromSql} ${whereFor(query)}
      GROUP BY 1
    )
    SELECT b.bucket AS start, coalesce(c.calls, 0)::int AS calls, coalesce(c.completed, 0)::int AS completed
    FROM generate_series(
      date_trunc(${truncUnit[unit]}, ${query.from}::timestamp),
      ${query.to}::timestamp - interval '1 millisecond',
      ${step[unit]}
    ) AS b(bucket)
    LEFT JOIN counted c ON c.bucket = b.bucket
    ORDER BY b.bucket`;
}

export async function selectOutcomes(query: AnalyticsQuery) {
  return db.$queryRaw<Array<{ status: string; count: number }>>`
    SELECT CASE WHEN s.final_status IS NOT NULL THEN s.final_status
                WHEN s.ended_at IS NULL THEN 'IN_PROGRESS'
                ELSE 'ENDED' END AS status,
           count(*)::int AS count
    ${callsFromSql} ${whereFor(query)}
    GROUP BY 1
    ORDER BY 2 DESC, 1`;
}

/** Legs with a MOS, by qualityLabel's bands. */
export async function selectQuality(query: AnalyticsQuery) {
  const [row] = await db.$queryRaw<Array<{ legs: number; good: number; fair: number; poor: number; average: number | null }>>`
    SELECT count(*)::int AS legs,
           count(*) FILTER (WHERE l.mos >= ${qualityThresholds.good})::int AS good,
           count(*) FILTER (WHERE l.mos >= ${qualityThresholds.fair} AND l.mos < ${qualityThresholds.good})::int AS fair,
           count(*) FILTER (WHERE l.mos < ${qualityThresholds.fair})::int AS poor,
           avg(l.mos)::float8 AS average
    ${callsFromSql} JOIN call_leg l ON l.session_id = s.id
    ${whereFor(query, [Prisma.sql`l.mos IS NOT NULL`])}`;
  return row!;
}
