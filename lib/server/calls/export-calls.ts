import 'server-only';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { CallFilter } from '@/lib/calls/call-query';
import { csvRow } from '@/lib/calls/csv';
import { callFilterSql, callsFromSql } from './call-filter';

const pageSize = 500;

export const exportColumns = [
  'session_id',
  'started_at',
  'ended_at',
  'duration_s',
  'direction',
  'caller',
  'dialed',
  'flow',
  'flow_version',
  'status',
  'final_status',
  'error_code',
  'error_meaning',
] as const;

type Cursor = { startedAt: unknown; id: string };

/** The filtered sessions as CSV lines, newest first, read a page at a time (keyset on started_at, id). */
export async function* exportCallsCsv(filter: CallFilter): AsyncGenerator<string> {
  yield csvRow(exportColumns);
  let cursor: Cursor | null = null;
  for (;;) {
    const where = callFilterSql(filter, cursor ? [Prisma.sql`(s.started_at, s.id) < (${cursor.startedAt}, ${cursor.id})`] : []);
    const keys = await db.$queryRaw<Array<{ id: string; startedAt: unknown }>>`
      SELECT s.id, s.started_at AS "startedAt" ${callsFromSql} ${where}
      ORDER BY s.started_at DESC, s.id DESC LIMIT ${pageSize}`;
    if (keys.length === 0) return;
    const rows = await db.callSession.findMany({
      where: { id: { in: keys.map((k) => k.id) } },
      orderBy: [{ startedAt: 'desc' }, { id: 'desc' }],
      select: {
        id: true,
        startedAt: true,
        endedAt: true,
        direction: true,
        caller: true,
        dialed: true,
        status: true,
        finalStatus: true,
        errorCode: true,
        errorMeaning: true,
        flowVersion: { select: { version: true, flow: { select: { name: true } } } },
      },
    });
    yield rows
      .map((r) =>
        csvRow([
          r.id,
          r.startedAt,
          r.endedAt,
          r.endedAt ? Math.round((r.endedAt.getTime() - r.startedAt.getTime()) / 1000) : null,
          r.direction,
          r.caller,
          r.dialed,
          r.flowVersion?.flow.name,
          r.flowVersion?.version,
          r.status,
          r.finalStatus,
          r.errorCode,
          r.errorMeaning,
        ]),
      )
      .join('');
    const last = keys.at(-1);
    if (!last || keys.length < pageSize) return;
    cursor = last;
  }
}
