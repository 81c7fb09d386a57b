import 'server-only';
import { db } from '@/lib/db';
import type { VcaReply } from '@/lib/eightbyeight/callflow';
import type { VcaWebhook } from '@/lib/eightbyeight/webhooks';
import { apologyReply } from '@/lib/flow/apology';
import { compileStart, walkOf } from '@/lib/flow/compile';
import { normalizePhoneNumber } from '@/lib/phone-number';
import { insertEvent } from '@/lib/server/calls/event-sql';
import { flowVersionIndex } from '@/lib/server/flows/flow-version-cache';
import { notifiedColumns, notifySessionChanges } from '@/lib/server/live/notify-sql';
import { compileOrApologize, currentNode, vcaEventRow, type Timing } from './vca-outcome';
import { appBaseUrl } from '@/lib/server/voice/voice-connection';

/**
 * A new inbound call: the published version routed to the dialed number answers.
 * Two statements: the route (with any earlier reply to this eventId), then the event
 * and the new session together. An unrouted number is stored as UNROUTED.
 */
export async function answerCallReceived(event: VcaWebhook, timing: Timing): Promise<VcaReply> {
  const p = event.payload;
  const dialed = normalizePhoneNumber(p.destination ?? '');
  const [route] = await db.$queryRaw<Array<{ prior: VcaReply | null; flowId: string | null; versionId: string | null }>>`
    SELECT (SELECT reply FROM call_event WHERE event_key = ${p.eventId}) AS prior,
           f.id AS "flowId", f.published_version_id AS "versionId"
    FROM (SELECT 1) AS one
    LEFT JOIN phone_number n ON n.number = ${dialed}
    LEFT JOIN flow f ON f.id = n.flow_id`;
  if (route?.prior) return route.prior;

  const versionId = route?.versionId ?? null;
  const index = versionId ? await flowVersionIndex(versionId) : null;
  const ctx = { caller: p.source ?? '', dialed: p.destination ?? '', digits: null, vars: {}, now: timing.receivedAt, publicBaseUrl: appBaseUrl() };
  const compiled =
    index && versionId
      ? compileOrApologize(() => compileStart(index, ctx, versionId), `flow version ${versionId}`)
      : (console.warn(`[vca] no published flow is routed to ${dialed || '(no number)'}`), null);

  const reply = compiled?.reply ?? apologyReply();
  const row = vcaEventRow(event, reply, compiled ? (index?.startId ?? null) : null, timing, compiled ? walkOf(compiled) : undefined);
  await db.$executeRaw`
    WITH ev AS (${insertEvent(row)}),
    created AS (
      INSERT INTO call_session (id, flow_id, flow_version_id, direction, caller, dialed, call_id, status,
                                current_node_id, vars, started_at, updated_at)
      SELECT ${p.sessionId}, ${compiled ? (route?.flowId ?? null) : null}, ${compiled ? versionId : null}, 'INBOUND'::"CallDirection",
             ${p.source ?? null}, ${p.destination ?? null}, ${p.callId ?? null}, ${compiled ? p.callStatus : 'UNROUTED'},
             ${compiled ? currentNode(compiled) : null}, ${JSON.stringify(compiled?.vars ?? {})}::jsonb,
             ${timing.receivedAt}, ${timing.receivedAt}
      WHERE EXISTS (SELECT 1 FROM ev)
      ON CONFLICT (id) DO NOTHING
      RETURNING ${notifiedColumns})
    SELECT count(*) FROM (${notifySessionChanges('created')}) AS notified`;
  return reply;
}
