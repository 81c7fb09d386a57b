import 'server-only';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { LiveCall } from '@/lib/live/live-call';
const select = {
  id: true,
  flowId: true,
  direction: true,
  caller: true,
  dialed: true,
  status: true,
  currentNodeId: true,
  startedAt: true,
  endedAt: true,
  finalStatus: true,
  flowVersion: { select: { version: true, flow: { select: { name: true } } } },
} satisfies Prisma.CallSessionSelect;

type Row = Prisma.CallSessionGetPayload<{ select: typeof select }>;

function toLiveCall(row: Row): LiveCall {
  return {
    id: row.id,
    flowId: row.flowId,
    flowName: row.flowVersion?.flow.name ?? null,
    flowVersion: row.flowVersion?.version ?? null,
    direction: row.direction,
    caller: row.caller,
    dialed: row.dialed,
    status: row.status,
    currentNodeId: row.currentNodeId,
    startedAt: row.startedAt.toISOString(),
    endedAt: row.endedAt?.toISOString() ?? null,
    finalStatus: row.finalStatus,
  };
}

/** A call older than this without a summary is presumed lost (a VSS that never came), not live. */
const liveWindowMs = 12 * 60 * 60 * 1000;
const maxLiveCalls = 500;

/** The calls in progress, newest first. */
export async function listLiveCalls(now = new Date()): Promise<LiveCall[]> {
  const rows = await db.callSession.findMany({
    where: { endedAt: null, startedAt: { gte: new Date(now.getTime() - liveWindowMs) } },
    orderBy: [{ startedAt: 'desc' }, { id: 'desc' }],
    take: maxLiveCalls,
    select,
  });
  return rows.map(toLiveCall);
}

/** The current rows of the given sessions, in one query. */
export async function liveCallsByIds(ids: readonly string[]): Promise<LiveCall[]> {
  if (ids.length === 0) return [];
  const rows = await db.callSession.findMany({ where: { id: { in: [...ids] } }, select });
  return rows.map(toLiveCall);
}
