import 'server-only';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import {
  emptyStats,
  rangesOfDays,
  statsByFlowAndDay,
  utcDay,
  type CallStats,
  type HourRow,
  type QualityRow,
  type SecondRow,
} from '@/lib/analytics/call-stats';

// The dashboard's SQL: grouped rows for stretches of sessions, and the per-day rollup
// (call_day_stats) of whole past days. Scanning a month of a million sessions for every
// dashboard load takes seconds on our machines (docs/benchmarks.md); a day is scanned once.

type Client = Pick<typeof db, '$queryRaw'>;
export type Range = { from: Date; to: Date };

const durationSql = Prisma.sql`extract(epoch FROM (s.ended_at - s.started_at))::float8`;
// numeric: round() takes halves away from zero, as Math.round does for durations.
const secondsSql = Prisma.sql`extract(epoch FROM (s.ended_at - s.started_at))`;
const outcomeSql = Prisma.sql`CASE WHEN s.final_status IS NOT NULL THEN s.final_status
                                   WHEN s.ended_at IS NULL THEN 'IN_PROGRESS' ELSE 'ENDED' END`;
const flowKeySql = Prisma.sql`coalesce(s.flow_id, '')`;

function whereSql(ranges: readonly Range[], flowId: string | undefined, extra: Prisma.Sql = Prisma.empty) {
  const inRanges = Prisma.join(
    ranges.map((r) => Prisma.sql`(s.started_at >= ${r.from} AND s.started_at < ${r.to})`),
    ' OR ',
  );
  return Prisma.sql`WHERE (${inRanges}) ${flowId ? Prisma.sql`AND s.flow_id = ${flowId}` : Prisma.empty} ${extra}`;
}

/** Stats per flow and day ("<flowKey>|<day>", "*" for all flows) of the sessions started in `ranges`. */
async function statsOfRanges(client: Client, ranges: readonly Range[], flowId: string | undefined, parallel: boolean) {
  const where = whereSql(ranges, flowId);
  const queries = [
    () => client.$queryRaw<HourRow[]>`
      SELECT ${flowKeySql} AS "flowKey", date_trunc('hour', s.started_at) AS hour, ${outcomeSql} AS outcome,
             count(*)::int AS calls, sum(${durationSql}) AS "durationSum"
      FROM call_session s ${where}
      GROUP BY 1, 2, 3`,
    () => client.$queryRaw<SecondRow[]>`
      SELECT ${flowKeySql} AS "flowKey", date_trunc('day', s.started_at) AS day, round(${secondsSql})::int AS seconds,
             count(*)::int AS calls
      FROM call_session s ${whereSql(ranges, flowId, Prisma.sql`AND s.ended_at IS NOT NULL`)}
      GROUP BY 1, 2, 3`,
    // The legs' quality as the summary stored it on the session (record-vss.ts): no join.
    () => client.$queryRaw<QualityRow[]>`
      SELECT ${flowKeySql} AS "flowKey", date_trunc('day', s.started_at) AS day, sum(s.mos_legs)::int AS legs,
             sum(s.mos_good)::int AS good, sum(s.mos_fair)::int AS fair, sum(s.mos_poor)::int AS poor,
             sum(s.mos_sum)::float8 AS "mosSum"
      FROM call_session s ${whereSql(ranges, flowId, Prisma.sql`AND s.mos_legs > 0`)}
      GROUP BY 1, 2`,
  ] as const;
  // A transaction has one connection: its queries run one after another.
  const [hours, seconds, quality] = parallel
    ? await Promise.all(queries.map((q) => q()))
    : [await queries[0](), await queries[1](), await queries[2]()];
  return statsByFlowAndDay(hours as HourRow[], seconds as SecondRow[], quality as QualityRow[]);
}

/** The sessions started in `ranges` (of one flow, or all), read directly. */
export async function rawStats(ranges: readonly Range[], flowId: string | undefined): Promise<CallStats[]> {
  if (ranges.length === 0) return [];
  const parts = await statsOfRanges(db, ranges, flowId, true);
  return [...parts.entries()].filter(([key]) => key.startsWith('*|')).map(([, part]) => part);
}

const asDate = (day: string) => new Date(`${day}T00:00:00.000Z`);

const toStats = (row: { hours: unknown; outcomes: unknown; durations: unknown; durationSum: number; legs: number; good: number; fair: number; poor: number; mosSum: number }): CallStats => ({
  hours: row.hours as CallStats['hours'],
  outcomes: row.outcomes as CallStats['outcomes'],
  durations: row.durations as CallStats['durations'],
  durationSum: row.durationSum,
  legs: row.legs,
  good: row.good,
  fair: row.fair,
  poor: row.poor,
  mosSum: row.mosSum,
});

/**
 * Computes and stores the rollup of days not stored yet. The table lock makes a session
 * summary that would delete one of these days' rows (record-vss.ts) wait until they are
 * stored, and the rows are computed after every earlier summary has committed, so no row
 * misses a change.
 */
async function computeDays(days: readonly string[]): Promise<Map<string, CallStats>> {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`LOCK TABLE call_day_stats IN SHARE ROW EXCLUSIVE MODE`;
      const stored = await tx.callDayStats.findMany({ where: { flowKey: '*', day: { in: days.map(asDate) } }, select: { day: true } });
      const done = new Set(stored.map((row) => utcDay(row.day)));
      const todo = days.filter((day) => !done.has(day));
      if (todo.length === 0) return new Map<string, CallStats>();
      const parts = await statsOfRanges(tx, rangesOfDays(todo), undefined, false);
      // The "*" row marks a day as computed, calls or not.
      for (const day of todo) if (!parts.has(`*|${day}`)) parts.set(`*|${day}`, emptyStats());
      await tx.callDayStats.createMany({
        data: [...parts.entries()].map(([key, part]) => {
          const [flowKey = '', day = ''] = key.split('|');
          return { flowKey, day: asDate(day), ...part };
        }),
        skipDuplicates: true,
      });
      return parts;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

/** The stored days' stats for one flow (or "*": all flows), computing the days not stored yet. */
export async function storedDayStats(days: readonly string[], flowId: string | undefined): Promise<CallStats[]> {
  if (days.length === 0) return [];
  const flowKey = flowId ?? '*';
  const rows = await db.callDayStats.findMany({ where: { flowKey: { in: [flowKey, '*'] }, day: { in: days.map(asDate) } } });
  const computed = new Set(rows.filter((row) => row.flowKey === '*').map((row) => utcDay(row.day)));
  const parts = rows.filter((row) => row.flowKey === flowKey).map(toStats);
  const missing = days.filter((day) => !computed.has(day));
  if (missing.length) {
    const fresh = await computeDays(missing);
    for (const day of missing) {
      const part = fresh.get(`${flowKey}|${day}`);
      if (part) parts.push(part);
    }
    // Days another request computed meanwhile are not in `fresh`: read them.
    const elsewhere = missing.filter((day) => !fresh.has(`*|${day}`));
    if (elsewhere.length) {
      const late = await db.callDayStats.findMany({ where: { flowKey, day: { in: elsewhere.map(asDate) } } });
      parts.push(...late.map(toStats));
    }
  }
  return parts;
}

/** For record-vss.ts: deletes the rollup of the day a session started on (its flow's row and "*"). */
export const forgetDaySql = (sessionCte: string) => Prisma.sql`
  DELETE FROM call_day_stats d USING ${Prisma.raw(sessionCte)} x
  WHERE d.day = x.started_at::date AND d.flow_key IN (coalesce(x.flow_id, ''), '*')`;
