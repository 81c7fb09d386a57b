import 'server-only';
import { db } from '@/lib/db';
import type { VcaReply } from '@/lib/eightbyeight/callflow';
import { digitsOf, type VcaWebhook } from '@/lib/eightbyeight/webhooks';
import { apologyReply } from '@/lib/flow/apology';
import type { CallContext } from '@/lib/flow/call-context';
import { decodeClientActionId } from '@/lib/flow/client-action-id';
import { compileResume, compileStart, FlowRuntimeError, type CompiledReply } from '@/lib/flow/compile';
import { normalizePhoneNumber } from '@/lib/phone-number';
import { flowVersionIndex } from '@/lib/server/flows/flow-version-cache';
import { insertEvent, type EventRow } from '@/lib/server/calls/event-sql';

// The hot path. A warm VCA costs two statements: one read (the session or the
// number's route, and any earlier reply to the same eventId) and one write (the
// event with its reply, and the session, together). Duplicates get the stored reply.

type Timing = { receivedAt: Date; startedMs: number };
type Outcome = { reply: VcaReply; nodeId: string | null; compiled?: CompiledReply };

const vars = (value: unknown): Record<string, string> =>
  value && typeof value === 'object' ? (value as Record<string, string>) : {};

export async function replyToVca(event: VcaWebhook, timing: Timing): Promise<VcaReply> {
  return event.payload.callStatus === 'CALL_RECEIVED' ? callReceived(event, timing) : actionCompleted(event, timing);
}

function eventRow(event: VcaWebhook, outcome: Outcome, timing: Timing): EventRow {
  const p = event.payload;
  return {
    eventKey: p.eventId,
    kind: 'VCA',
    sessionId: p.sessionId,
    callStatus: p.callStatus,
    clientActionId: p.clientActionId ?? null,
    dtmf: digitsOf(p),
    nodeId: outcome.nodeId,
    request: event,
    reply: outcome.reply,
    httpStatus: 200,
    receivedAt: timing.receivedAt,
    latencyMs: performance.now() - timing.startedMs,
  };
}

/** Where the call stands after a reply: the waiting node, else the last node walked. */
const currentNode = (compiled: CompiledReply) => compiled.waitingAt ?? compiled.path.at(-1)?.nodeId ?? null;

function compileOrApologize(compile: () => CompiledReply, context: string): CompiledReply | null {
  try {
    return compile();
  } catch (error) {
    if (!(error instanceof FlowRuntimeError)) throw error;
    console.warn(`[vca] ${context}: ${error.message}; answering with an apology`);
    return null;
  }
}

async function callReceived(event: VcaWebhook, timing: Timing): Promise<VcaReply> {
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
  const ctx: CallContext = { caller: p.source ?? '', dialed: p.destination ?? '', digits: null, vars: {}, now: timing.receivedAt };
  const compiled =
    index && versionId
      ? compileOrApologize(() => compileStart(index, ctx, versionId), `flow version ${versionId}`)
      : (console.warn(`[vca] no published flow is routed to ${dialed || '(no number)'}`), null);

  const outcome: Outcome = compiled
    ? { reply: compiled.reply, nodeId: index?.startId ?? null, compiled }
    : { reply: apologyReply(), nodeId: null };
  await db.$executeRaw`
    WITH ev AS (${insertEvent(eventRow(event, outcome, timing))})
    INSERT INTO call_session (id, flow_id, flow_version_id, direction, caller, dialed, call_id, status,
                              current_node_id, vars, started_at, updated_at, ended_at)
    SELECT ${p.sessionId}, ${compiled ? route?.flowId ?? null : null}, ${compiled ? versionId : null}, 'INBOUND'::"CallDirection",
           ${p.source ?? null}, ${p.destination ?? null}, ${p.callId ?? null}, ${compiled ? p.callStatus : 'UNROUTED'},
           ${compiled ? currentNode(compiled) : null}, ${JSON.stringify(compiled?.vars ?? {})}::jsonb,
           ${timing.receivedAt}, ${timing.receivedAt}, NULL
    WHERE EXISTS (SELECT 1 FROM ev)
    ON CONFLICT (id) DO NOTHING`;
  return outcome.reply;
}

type SessionState = {
  prior: VcaReply | null;
  sessionId: string | null;
  versionId: string | null;
  currentNodeId: string | null;
  vars: unknown;
  caller: string | null;
  dialed: string | null;
};

async function actionCompleted(event: VcaWebhook, timing: Timing): Promise<VcaReply> {
  const p = event.payload;
  const [state] = await db.$queryRaw<SessionState[]>`
    SELECT (SELECT reply FROM call_event WHERE event_key = ${p.eventId}) AS prior,
           s.id AS "sessionId", s.flow_version_id AS "versionId", s.current_node_id AS "currentNodeId",
           s.vars, s.caller, s.dialed
    FROM (SELECT 1) AS one
    LEFT JOIN call_session s ON s.id = ${p.sessionId}`;
  if (state?.prior) return state.prior;

  const compiled = await resume(event, state, timing);
  if (!compiled || !state?.sessionId) {
    const outcome: Outcome = { reply: apologyReply(), nodeId: compiled?.path[0]?.nodeId ?? null };
    await db.$executeRaw`WITH ev AS (${insertEvent(eventRow(event, outcome, timing))}) SELECT 1`;
    return outcome.reply;
  }

  const outcome: Outcome = { reply: compiled.reply, nodeId: compiled.path[0]?.nodeId ?? null, compiled };
  await db.$executeRaw`
    WITH ev AS (${insertEvent(eventRow(event, outcome, timing))})
    UPDATE call_session
       SET status = ${p.callStatus}, current_node_id = ${currentNode(compiled)},
           vars = ${JSON.stringify(compiled.vars)}::jsonb, last_digits = ${digitsOf(p)},
           call_id = COALESCE(call_id, ${p.callId ?? null}), updated_at = ${timing.receivedAt}
     WHERE id = ${p.sessionId} AND EXISTS (SELECT 1 FROM ev)`;
  return compiled.reply;
}

/** The reply for a callback about a waiting node, or null when the state makes no sense. */
async function resume(event: VcaWebhook, state: SessionState | undefined, timing: Timing): Promise<CompiledReply | null> {
  const p = event.payload;
  const versionId = state?.versionId;
  if (!state?.sessionId || !versionId) {
    console.warn(`[vca] unknown session ${p.sessionId}`);
    return null;
  }
  const decoded = decodeClientActionId(p.clientActionId);
  if (p.clientActionId && (!decoded || decoded.versionId !== versionId)) {
    console.warn(`[vca] session ${p.sessionId}: clientActionId "${p.clientActionId}" is not this call's flow version`);
    return null;
  }
  // Send Callflow cannot carry a clientActionId, so the first callback of an
  // outbound call arrives without one: the session knows where the call waits.
  const nodeId = decoded?.nodeId ?? state.currentNodeId;
  const index = await flowVersionIndex(versionId);
  if (!nodeId || !index) return null;
  const ctx: CallContext = {
    caller: state.caller ?? '',
    dialed: state.dialed ?? '',
    digits: digitsOf(p),
    vars: vars(state.vars),
    now: timing.receivedAt,
  };
  return compileOrApologize(() => compileResume(index, nodeId, ctx, versionId), `session ${p.sessionId}`);
}

