import 'server-only';
import { storedText, storedTextLimits } from '@/lib/eightbyeight/webhook-fields';
import type { DataDipRecord } from '@/lib/flow/step-services';
import { Prisma } from '@/lib/generated/prisma/client';

export type EventKind = 'VCA' | 'VCS' | 'VSS' | 'SEND_CALLFLOW';

/** One row of call_event: a webhook in and the reply out (or a request we sent and its answer). */
export type EventRow = {
  eventKey: string;
  kind: EventKind;
  sessionId: string | null;
  callStatus?: string | null;
  clientActionId?: string | null;
  dtmf?: string | null;
  nodeId?: string | null;
  request: unknown;
  reply: unknown;
  httpStatus: number;
  receivedAt: Date;
  latencyMs: number;
  /** The nodes a reply walked and the output taken from each ('' where it waits or ends). */
  walkedNodes?: readonly string[];
  walkedOutputs?: readonly string[];
  /** The branch taken from nodeId when a callback resumed a waiting node. */
  resumedOutput?: string | null;
  /** The HTTP requests (data dips) the reply made; secrets already replaced by their names. */
  dataDips?: readonly DataDipRecord[];
};

const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));

/**
 * An INSERT for a CTE named "ev": it yields a row only when the event is new, so the
 * statement it heads changes nothing for a duplicate delivery (unique event_key).
 * `condition` (a WHERE clause) can make the insert depend on other CTEs.
 */
export function insertEvent(e: EventRow, condition: Prisma.Sql = Prisma.empty): Prisma.Sql {
  return Prisma.sql`INSERT INTO call_event
      (event_key, kind, session_id, call_status, client_action_id, dtmf, node_id, request, reply, http_status, received_at, latency_ms,
       walked_nodes, walked_outputs, resumed_output, data_dips)
    SELECT ${e.eventKey}, ${e.kind}::"EventKind", ${e.sessionId}, ${e.callStatus ?? null}, ${storedText(e.clientActionId, storedTextLimits.clientActionId)},
      ${e.dtmf ?? null}, ${e.nodeId ?? null}, ${json(e.request)}::jsonb, ${json(e.reply)}::jsonb, ${e.httpStatus},
      ${e.receivedAt}, ${e.latencyMs},
      ${e.walkedNodes ?? []}::text[], ${e.walkedOutputs ?? []}::text[], ${e.resumedOutput ?? null},
      ${e.dataDips && e.dataDips.length > 0 ? JSON.stringify(e.dataDips) : null}::jsonb
    ${condition}
    ON CONFLICT (event_key) DO NOTHING
    RETURNING 1`;
}
