import 'server-only';
import { db } from '@/lib/db';
import { insertEvent, type EventRow } from '@/lib/server/calls/event-sql';
import { notifiedColumns, notifySessionChanges } from '@/lib/server/live/notify-sql';

// call_session's writes live in lib/server/sessions (one owner): this file, a call we placed.

export type PlacedCall = {
  /** 8x8's sessionId; for a call 8x8 refused, our clientRequestId (it has no session). */
  id: string;
  flowId: string;
  versionId: string;
  /** The person called. */
  caller: string;
  /** Our caller id. */
  dialed: string;
  clientRequestId: string;
  vars: Record<string, string>;
  at: Date;
} & (
  | { created: true; currentNodeId: string | null }
  | { created: false; errorCode: number | null; errorMessage: string | null; errorMeaning: string | null }
);

/**
 * The session of a call placed with Send Callflow and its SEND_CALLFLOW event, in one
 * statement; a refused call is stored ended (NOT_CREATED, with 8x8's reason). Returned
 * unsent, to run in the caller's transaction (with its audit entry).
 */
export function placedCallWrite(row: EventRow, call: PlacedCall) {
  const ended = call.created ? null : call.at;
  const status = call.created ? 'CREATED' : 'NOT_CREATED';
  const refusal = call.created ? { errorCode: null, errorMessage: null, errorMeaning: null } : call;
  return db.$executeRaw`
    WITH ev AS (${insertEvent(row)}),
    created AS (
      INSERT INTO call_session (id, flow_id, flow_version_id, direction, caller, dialed, status, current_node_id, vars,
                                client_request_id, started_at, updated_at, ended_at, final_status,
                                error_code, error_message, error_meaning)
      SELECT ${call.id}, ${call.flowId}, ${call.versionId}, 'OUTBOUND'::"CallDirection", ${call.caller}, ${call.dialed},
             ${status}, ${call.created ? call.currentNodeId : null}, ${JSON.stringify(call.vars)}::jsonb,
             ${call.clientRequestId}, ${call.at}, ${call.at}, ${ended}, ${call.created ? null : status},
             ${refusal.errorCode}, ${refusal.errorMessage}, ${refusal.errorMeaning}
      WHERE EXISTS (SELECT 1 FROM ev)
      -- A fast call's status or summary may have created the session before 8x8's answer reached us
      -- (a campaign at full pace sees it): then what only the launch knows is filled in.
      ON CONFLICT (id) DO UPDATE SET
        flow_id = COALESCE(call_session.flow_id, EXCLUDED.flow_id),
        flow_version_id = COALESCE(call_session.flow_version_id, EXCLUDED.flow_version_id),
        current_node_id = CASE WHEN call_session.flow_version_id IS NULL THEN EXCLUDED.current_node_id ELSE call_session.current_node_id END,
        vars = CASE WHEN call_session.flow_version_id IS NULL THEN EXCLUDED.vars ELSE call_session.vars END,
        client_request_id = COALESCE(call_session.client_request_id, EXCLUDED.client_request_id)
      RETURNING ${notifiedColumns})
    SELECT count(*) FROM (${notifySessionChanges('created')}) AS notified`;
}
