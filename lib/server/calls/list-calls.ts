import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { pagingQuery } from '@/lib/http/paging';
import { callFilterQuery, callSortQuery, type CallSortKey } from '@/lib/calls/call-query';
import { callFilterSql, callsFromSql } from './call-filter';

export { callStatusFilters } from '@/lib/calls/call-query';

export const listCallsQuery = callFilterQuery.extend({ ...callSortQuery.shape, ...pagingQuery(50, 200).shape });
export type ListCallsQuery = z.infer<typeof listCallsQuery>;

// Whitelisted: a sort key only ever maps to one of these expressions.
const sortExpressions: Record<CallSortKey, Prisma.Sql> = {
  startedAt: Prisma.sql`s.started_at`,
  endedAt: Prisma.sql`s.ended_at`,
  duration: Prisma.sql`(s.ended_at - s.started_at)`,
  caller: Prisma.sql`s.caller`,
  dialed: Prisma.sql`s.dialed`,
  status: Prisma.sql`coalesce(s.final_status, s.status)`,
};

// started_at is NOT NULL: leaving out NULLS LAST lets the newest-first page read the
// (started_at DESC) indexes instead of sorting every match.
const notNull = new Set<CallSortKey>(['startedAt']);

const callSelect = {
  id: true,
  direction: true,
  caller: true,
  dialed: true,
  status: true,
  currentNodeId: true,
  startedAt: true,
  endedAt: true,
  finalStatus: true,
  errorCode: true,
  errorMeaning: true,
  flowId: true,
  flowVersion: { select: { version: true } },
} satisfies Prisma.CallSessionSelect;

/**
 * Counting every match of a broad filter on a million sessions costs more than the page
 * itself, so the count stops at this many: past it `total` is this cap and
 * `totalIsCapped` is true (the history shows "10,000+"). See docs/benchmarks.md.
 */
export const totalCountCap = 10_000;

/** One page of sessions, filtered and sorted in SQL; ties (and equal keys) fall back to newest first. */
export async function listCalls(query: ListCallsQuery) {
  const where = callFilterSql(query);
  const direction = query.order === 'asc' ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  const [ids, [counted]] = await Promise.all([
    db.$queryRaw<Array<{ id: string }>>`
      SELECT s.id ${callsFromSql} ${where}
      ORDER BY ${sortExpressions[query.sort]} ${direction} ${notNull.has(query.sort) ? Prisma.empty : Prisma.sql`NULLS LAST`}, s.started_at DESC, s.id DESC
      LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
    db.$queryRaw<Array<{ total: number }>>`
      SELECT count(*)::int AS total FROM (SELECT 1 ${callsFromSql} ${where} LIMIT ${totalCountCap + 1}) AS matched`,
  ]);
  const rows = ids.length ? await db.callSession.findMany({ where: { id: { in: ids.map((r) => r.id) } }, select: callSelect }) : [];
  const byId = new Map(rows.map((row) => [row.id, row]));
  const calls = ids.flatMap((r) => byId.get(r.id) ?? []);
  const total = Math.min(counted?.total ?? 0, totalCountCap);
  return { calls, total, totalIsCapped: (counted?.total ?? 0) > totalCountCap, page: query.page, pageSize: query.pageSize, sort: query.sort, order: query.order };
}
