import 'server-only';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { VcaReply } from '@/lib/eightbyeight/callflow';
import { insertEvent, type EventRow } from '@/lib/server/calls/event-sql';
import { notifiedColumns, notifySessionChanges } from '@/lib/server/live/notify-sql';

// call_session's writes live in lib/server/sessions (one owner): this file, a call moving on.

/** Where a reply leaves the call. `from` is the step it was waiting at: the move is made only from there. */
export type SessionMove = {
  sessionId: string;
  from: string | null;
  status: string;
  currentNodeId: string | null;
  /** Merged into the session's variables; undefined leaves them as they are. */
  vars?: Record<string, string>;
  lastDigits: string | null;
  callId: string | null;
  at: Date;
};

/**
 * The move's UPDATE, for a CTE. Ordering rules: an ended session stays ended, and the
 * session moves only from the step the event resumed (so a late or replayed event cannot
 * rewind a call that has moved on). An event whose move does not apply is still stored.
 */
function moveSql(move: SessionMove, condition: Prisma.Sql): Prisma.Sql {
  const vars = move.vars === undefined ? Prisma.sql`vars` : Prisma.sql`vars || ${JSON.stringify(move.vars)}::jsonb`;
  return Prisma.sql`UPDATE call_session
       SET status = ${move.status}, current_node_id = ${move.currentNodeId}, vars = ${vars},
           last_digits = ${move.lastDigits}, call_id = COALESCE(call_id, ${move.callId}), updated_at = ${move.at}
     WHERE id = ${move.sessionId} AND ended_at IS NULL AND current_node_id IS NOT DISTINCT FROM ${move.from}
       AND ${condition}
    RETURNING ${notifiedColumns}`;
}

/** Stores a VCA's event with its reply and moves the session on, in one statement. */
export async function storeMove(row: EventRow, move: SessionMove): Promise<void> {
  await db.$executeRaw`
    WITH ev AS (${insertEvent(row)}),
    moved AS (${moveSql(move, Prisma.sql`EXISTS (SELECT 1 FROM ev)`)})
    SELECT count(*) FROM (${notifySessionChanges('moved')}) AS notified`;
}

/**
 * The hot path's statement: stores the event and moves the session only when the session
 * is pinned to `versionId` and waiting at `move.from` — the reply was compiled on that
 * assumption before touching the database. Answers whether it was stored, and any reply
 * stored earlier for the same event key (a duplicate delivery). Not stored and no earlier
 * reply: the session is elsewhere (or unknown, or ended), and the caller takes the general path.
 */
export async function storeMoveIfWaiting(row: EventRow, move: SessionMove, versionId: string) {
  const [result] = await db.$queryRaw<Array<{ stored: boolean; prior: VcaReply | null }>>`
    WITH session AS (
      SELECT id FROM call_session
       WHERE id = ${move.sessionId} AND flow_version_id = ${versionId} AND ended_at IS NULL
         AND current_node_id IS NOT DISTINCT FROM ${move.from}
    ), ev AS (
      ${insertEvent(row, Prisma.sql`WHERE EXISTS (SELECT 1 FROM session)`)}
    ), moved AS (${moveSql(move, Prisma.sql`EXISTS (SELECT 1 FROM ev)`)}),
    notified AS (${notifySessionChanges('moved')})
    SELECT EXISTS (SELECT 1 FROM ev) AS stored,
           (SELECT reply FROM call_event WHERE event_key = ${row.eventKey} AND session_id = ${move.sessionId}) AS prior,
           (SELECT count(*) FROM notified)::int AS notified`;
  return { stored: result?.stored ?? false, prior: result?.prior ?? null };
}

/** Stores an event that moves no session (an apology, a reply to an ended call). */
export async function storeEventOnly(row: EventRow): Promise<void> {
  await db.$executeRaw`WITH ev AS (${insertEvent(row)}) SELECT 1`;
}

/** Stores a call status event (VCS) and moves a live session's status along, in one statement. */
export async function storeCallStatus(row: EventRow, change: { sessionId: string; status: string; callId: string | null; at: Date }) {
  await db.$executeRaw`
    WITH ev AS (${insertEvent(row)}),
    moved AS (
      UPDATE call_session
         SET status = ${change.status}, call_id = COALESCE(call_id, ${change.callId}), updated_at = ${change.at}
       WHERE id = ${change.sessionId} AND ended_at IS NULL AND EXISTS (SELECT 1 FROM ev)
      RETURNING ${notifiedColumns})
    SELECT count(*) FROM (${notifySessionChanges('moved')}) AS notified`;
}
