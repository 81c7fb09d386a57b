import 'server-only';
import { db } from '@/lib/db';
import type { VcaReply } from '@/lib/eightbyeight/callflow';
import type { VcaWebhook } from '@/lib/eightbyeight/webhooks';
import { apologyReply } from '@/lib/flow/apology';
import { numberedReply } from '@/lib/flow/client-action-id';
import { compileStart, walkOf } from '@/lib/flow/compile';
import { normalizePhoneNumber } from '@/lib/phone-number';
import { flowVersionIndex } from '@/lib/server/flows/flow-version-cache';
import { rememberCall } from '@/lib/server/outage/call-memory';
import { rememberRoute } from '@/lib/server/outage/route-memory';
import { storeArrivingCall } from '@/lib/server/sessions/inbound-call';
import { compileOrApologize, currentNode, endedCallReply, vcaEventRow, type Timing } from './vca-outcome';
import { appBaseUrl } from '@/lib/server/voice/voice-connection';
import { applyStepEffects } from '@/lib/server/flows/apply-step-effects';
import { serverStepServices } from '@/lib/server/flows/step-services';

type Route = { prior: VcaReply | null; ended: boolean; flowId: string | null; versionId: string | null };

/**
 * A new inbound call: the published version routed to the dialed number answers.
 * Two statements: the route (with any earlier reply to this eventId, and whether the
 * call's summary already ended it), then the event and the new session together. An
 * unrouted number is stored as UNROUTED; a call whose summary came first hears hangup.
 */
export async function answerCallReceived(event: VcaWebhook, timing: Timing): Promise<VcaReply> {
  const p = event.payload;
  const dialed = normalizePhoneNumber(p.destination ?? '');
  const [route] = await db.$queryRaw<Route[]>`
    SELECT (SELECT reply FROM call_event WHERE event_key = ${p.eventId}) AS prior,
           EXISTS (SELECT 1 FROM call_session WHERE id = ${p.sessionId} AND ended_at IS NOT NULL) AS ended,
           f.id AS "flowId", f.published_version_id AS "versionId"
    FROM (SELECT 1) AS one
    LEFT JOIN phone_number n ON n.number = ${dialed}
    LEFT JOIN flow f ON f.id = n.flow_id`;
  if (route?.prior) return route.prior;
  if (route?.flowId) rememberRoute(dialed, { flowId: route.flowId, versionId: route.versionId });

  const versionId = route?.versionId ?? null;
  const index = versionId ? await flowVersionIndex(versionId) : null;
  const ctx = { caller: p.source ?? '', dialed: p.destination ?? '', digits: null, vars: {}, now: timing.receivedAt, publicBaseUrl: appBaseUrl() };
  const compiled =
    index && versionId
      ? await compileOrApologize(() => compileStart(index, ctx, versionId, serverStepServices), `flow version ${versionId}`)
      : (console.warn(`[vca] no published flow is routed to ${dialed || '(no number)'}`), null);

  const answered = compiled && !route?.ended;
  // The first reply is step 0 of the call (lib/flow/client-action-id.ts).
  const reply = route?.ended ? endedCallReply() : compiled ? numberedReply(compiled.reply, 0) : apologyReply();
  const row = vcaEventRow(event, reply, answered ? (index?.startId ?? null) : null, timing, answered ? walkOf(compiled) : undefined);
  const call = {
    id: p.sessionId,
    flowId: compiled ? (route?.flowId ?? null) : null,
    versionId: compiled ? versionId : null,
    caller: p.source ?? null,
    dialed: p.destination ?? null,
    callId: p.callId ?? null,
    status: compiled ? p.callStatus : 'UNROUTED',
    currentNodeId: compiled ? currentNode(compiled) : null,
    vars: compiled?.vars ?? {},
    at: timing.receivedAt,
  };
  await storeArrivingCall(row, call);
  if (answered && compiled.effects) await applyStepEffects(compiled.effects, p.sessionId);
  rememberCall(p.sessionId, { ...call, step: 0, caller: ctx.caller, dialed: ctx.dialed, ended: Boolean(route?.ended), lastEventKey: p.eventId, lastReply: reply });
  return reply;
}
