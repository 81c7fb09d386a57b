import 'server-only';
import { db } from '@/lib/db';
import { insertEvent, type EventRow } from '@/lib/server/calls/event-sql';
import { notifiedColumns, notifySessionChanges } from '@/lib/server/live/notify-sql';

// call_session's writes live in lib/server/sessions (one owner): this file, a call arriving.

export type ArrivingCall = {
  id: string;
  /** Null when the dialed number routes to no published flow (stored as UNROUTED). */
  flowId: string | null;
  versionId: string | null;
  caller: string | null;
  dialed: string | null;
  callId: string | null;
  status: string;
  currentNodeId: string | null;
  vars: Record<string, string>;
  at: Date;
};

/**
 * Stores a CALL_RECEIVED event and creates its session, in one statement; a duplicate
 * delivery (same event key) changes nothing. When the session summary got there first
 * (it creates an ended session without a flow version), the call fills in what the
 * summary could not know — the flow and version it ran, the numbers — and the session
 * keeps the summary's ending. When a later callback's move got there first (this arrival
 * waited in a journal during an outage), the arrival gives the session its start time and
 * leaves it where the move put it.
 */
export async function storeArrivingCall(row: EventRow, call: ArrivingCall): Promise<void> {
  await db.$executeRaw`
    WITH ev AS (${insertEvent(row)}),
    created AS (
      INSERT INTO call_session (id, flow_id, flow_version_id, direction, caller, dialed, call_id, status,
                                current_node_id, vars, started_at, updated_at)
      SELECT ${call.id}, ${call.flowId}, ${call.versionId}, 'INBOUND'::"CallDirection",
             ${call.caller}, ${call.dialed}, ${call.callId}, ${call.status},
             ${call.currentNodeId}, ${JSON.stringify(call.vars)}::jsonb, ${call.at}, ${call.at}
      WHERE EXISTS (SELECT 1 FROM ev)
      ON CONFLICT (id) DO UPDATE SET
        flow_id = COALESCE(call_session.flow_id, EXCLUDED.flow_id),
        flow_version_id = COALESCE(call_session.flow_version_id, EXCLUDED.flow_version_id),
        caller = COALESCE(call_session.caller, EXCLUDED.caller),
        dialed = COALESCE(call_session.dialed, EXCLUDED.dialed),
        call_id = COALESCE(call_session.call_id, EXCLUDED.call_id),
        started_at = LEAST(call_session.started_at, EXCLUDED.started_at)
      WHERE (call_session.ended_at IS NOT NULL AND call_session.flow_version_id IS NULL)
         OR call_session.started_at > EXCLUDED.started_at
      RETURNING ${notifiedColumns})
    SELECT count(*) FROM (${notifySessionChanges('created')}) AS notified`;
}
