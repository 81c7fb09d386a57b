import 'server-only';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { VcaReply } from '@/lib/eightbyeight/callflow';
import type { CallDirection } from '@/lib/eightbyeight/webhooks';
import { insertEvent, type EventRow } from '@/lib/server/calls/event-sql';
import { notifiedColumns, notifySessionChanges } from '@/lib/server/live/notify-sql';

// call_session's writes live in lib/server/sessions (one owner): this file, a call moving on.

/**
 * Where a reply leaves the call. `step` is the reply's number in the call (its
 * clientActionId carries it): the move applies only over a lower one.
 */
export type SessionMove = {
  sessionId: string;
  step: number;
  status: string;
  currentNodeId: string | null;
  /** The variables this reply set, merged into the session's; undefined leaves them as they are. */
  vars?: Record<string, string>;
  lastDigits: string | null;
  callId: string | null;
  at: Date;
  /** Who the call is, for a session the database does not have yet (see storeMove). */
  call: { versionId: string; direction: CallDirection; caller: string | null; dialed: string | null };
};

/**
 * The move's UPDATE, for a CTE. Ordering rules: an ended session stays ended — a move
 * answered before its summary arrived (a session's updated_at is then the summary's arrival;
 * the move waited in a journal) still places it, but its status stays ENDED, and anything
 * answered later changes nothing. A move applies only over a lower-numbered step — so a late event, or journals of several servers
 * replayed in any order, leave the call where its latest reply put it. Each variable keeps
 * the value of the highest step that set it (nothing set on any server is lost, and a late
 * value does not undo a later one). An event whose move does not apply is still stored.
 */
function moveSql(move: SessionMove, condition: Prisma.Sql): Prisma.Sql {
  const newer = Prisma.sql`step < ${move.step}::int`;
  // Each variable keeps the value of the highest step that set it.
  const later = (value: Prisma.Sql) =>
    Prisma.sql`COALESCE((SELECT jsonb_object_agg(n.key, ${value}) FROM jsonb_each(${JSON.stringify(move.vars ?? {})}::jsonb) AS n
                          WHERE COALESCE((var_steps ->> n.key)::int, -1) < ${move.step}::int), '{}'::jsonb)`;
  const vars = move.vars === undefined ? Prisma.sql`` : Prisma.sql`vars = vars || ${later(Prisma.sql`n.value`)}, var_steps = var_steps || ${later(Prisma.sql`to_jsonb(${move.step}::int)`)},`;
  return Prisma.sql`UPDATE call_session
       SET status = CASE WHEN ${newer} AND ended_at IS NULL THEN ${move.status} ELSE status END,
           current_node_id = CASE WHEN ${newer} THEN ${move.currentNodeId} ELSE current_node_id END,
           last_digits = CASE WHEN ${newer} THEN ${move.lastDigits} ELSE last_digits END, ${vars}
           call_id = COALESCE(call_id, ${move.callId}),
           updated_at = GREATEST(updated_at, ${move.at}), step = GREATEST(step, ${move.step}::int)
     WHERE id = ${move.sessionId} AND (ended_at IS NULL OR ${move.at} <= updated_at) AND (${newer} OR ${move.vars !== undefined})
       AND ${condition}
    RETURNING ${notifiedColumns}`;
}

/**
 * Stores a VCA's event with its reply and moves the session on, in one statement. A session
 * the database does not have yet is created where the move leaves it: its CALL_RECEIVED was
 * answered by another server during an outage and waits in that server's journal (the
 * arrival, replayed later, then only fills in the start time).
 */
export async function storeMove(row: EventRow, move: SessionMove): Promise<void> {
  const { call } = move;
  await db.$executeRaw`
    WITH ev AS (${insertEvent(row)}),
    created AS (
      INSERT INTO call_session (id, flow_id, flow_version_id, direction, caller, dialed, call_id, status,
                                current_node_id, step, vars, var_steps, last_digits, started_at, updated_at)
      SELECT ${move.sessionId}, v.flow_id, v.id, ${call.direction}::"CallDirection", ${call.caller}, ${call.dialed}, ${move.callId},
             ${move.status}, ${move.currentNodeId}, ${move.step}::int, ${JSON.stringify(move.vars ?? {})}::jsonb,
             ${JSON.stringify(Object.fromEntries(Object.keys(move.vars ?? {}).map((key) => [key, move.step])))}::jsonb,
             ${move.lastDigits}, ${move.at}, ${move.at}
        FROM flow_version v
       WHERE v.id = ${call.versionId} AND EXISTS (SELECT 1 FROM ev)
      ON CONFLICT (id) DO NOTHING
      RETURNING ${notifiedColumns}),
    moved AS (${moveSql(move, Prisma.sql`EXISTS (SELECT 1 FROM ev) AND NOT EXISTS (SELECT 1 FROM created)`)})
    SELECT count(*) FROM (${notifySessionChanges('(SELECT * FROM created UNION ALL SELECT * FROM moved) AS changed')}) AS notified`;
}

/** The step a reply was compiled from: the version, the waiting node and that reply's number. */
export type WaitingStep = { versionId: string; nodeId: string; step: number };

/**
 * The hot path's statement: stores the event and moves the session only when the session
 * is pinned to the version and waiting at the step the reply was compiled from — the
 * reply was compiled on that assumption before touching the database. Answers whether it
 * was stored, and any reply stored earlier for the same event key (a duplicate delivery).
 * Not stored and no earlier reply: the session is elsewhere (or unknown, or ended), and the
 * caller takes the general path.
 */
export async function storeMoveIfWaiting(row: EventRow, move: SessionMove, from: WaitingStep) {
  const [result] = await db.$queryRaw<Array<{ stored: boolean; prior: VcaReply | null }>>`
    WITH session AS (
      SELECT id FROM call_session
       WHERE id = ${move.sessionId} AND flow_version_id = ${from.versionId} AND ended_at IS NULL
         AND current_node_id = ${from.nodeId} AND step = ${from.step}::int
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
