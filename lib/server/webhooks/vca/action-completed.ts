import 'server-only';
import { db } from '@/lib/db';
import type { VcaReply } from '@/lib/eightbyeight/callflow';
import { digitsOf, type VcaWebhook } from '@/lib/eightbyeight/webhooks';
import { apologyReply } from '@/lib/flow/apology';
import type { CallContext } from '@/lib/flow/call-context';
import { decodeClientActionId } from '@/lib/flow/client-action-id';
import { compileResume, waitsAt, walkOf, type ResumedReply } from '@/lib/flow/compile';
import { flowVersionIndex } from '@/lib/server/flows/flow-version-cache';
import { rememberCall, rememberEnded, rememberMove } from '@/lib/server/outage/call-memory';
import { storeEventOnly, storeMove, storeMoveIfWaiting, type SessionMove } from '@/lib/server/sessions/call-progress';
import { compileOrApologize, currentNode, endedCallReply, numbersOf, vcaEventRow, type Timing } from './vca-outcome';
import { appBaseUrl } from '@/lib/server/voice/voice-connection';
import { applyStepEffects } from '@/lib/server/flows/apply-step-effects';
import { serverStepServices } from '@/lib/server/flows/step-services';

// 8x8 calls back about a waiting node (digits captured, or a bridged call ended).

export async function answerActionCompleted(event: VcaWebhook, timing: Timing): Promise<VcaReply> {
  return (await answerInOneStatement(event, timing)) ?? answerFromSession(event, timing);
}

export function moveOf(event: VcaWebhook, from: string | null, compiled: ResumedReply, timing: Timing, vars?: Record<string, string>): SessionMove {
  const p = event.payload;
  const at = timing.receivedAt;
  return { sessionId: p.sessionId, from, status: p.callStatus, currentNodeId: currentNode(compiled), vars, lastDigits: digitsOf(p), callId: p.callId ?? null, at };
}

/**
 * The common case in one statement. When the clientActionId names a version whose
 * replies do not depend on session variables, the reply is compiled before touching
 * the database; one statement then checks the session is pinned to that version and
 * waiting at that step, stores the event, moves the session on, and returns any earlier
 * reply to the same eventId. Anything else (no such session, another version or step,
 * an ended call) returns null and takes the general path.
 */
async function answerInOneStatement(event: VcaWebhook, timing: Timing): Promise<VcaReply | null> {
  const p = event.payload;
  const decoded = decodeClientActionId(p.clientActionId);
  const index = decoded ? await flowVersionIndex(decoded.versionId) : null;
  if (!decoded || !index || index.usesSessionVariables) return null;

  const ctx: CallContext = { ...numbersOf(event), digits: digitsOf(p), vars: {}, now: timing.receivedAt, publicBaseUrl: appBaseUrl() };
  const compiled = await compileOrApologize(() => compileResume(index, decoded.nodeId, ctx, decoded.versionId, serverStepServices), `session ${p.sessionId}`);
  if (!compiled) return null;

  const row = vcaEventRow(event, compiled.reply, decoded.nodeId, timing, walkOf(compiled));
  const result = await storeMoveIfWaiting(row, moveOf(event, decoded.nodeId, compiled, timing), decoded.versionId);
  if (!result.stored) return result.prior; // a duplicate delivery, or null
  if (compiled.effects) await applyStepEffects(compiled.effects, p.sessionId);
  rememberMove(p.sessionId, { versionId: decoded.versionId, currentNodeId: currentNode(compiled), lastEventKey: p.eventId, lastReply: compiled.reply });
  return compiled.reply;
}

type SessionState = {
  prior: VcaReply | null;
  sessionId: string | null;
  versionId: string | null;
  currentNodeId: string | null;
  ended: boolean;
  vars: unknown;
  caller: string | null;
  dialed: string | null;
};

/**
 * The general case, in two statements: read the session (and any earlier reply),
 * then store the event and move the session on together. Ordering rules: a call
 * that has ended (its summary came, or our last reply hung up) is answered with hangup
 * and stays as it is; a callback naming a step the call is not waiting at is answered
 * from the step the session is at.
 */
async function answerFromSession(event: VcaWebhook, timing: Timing): Promise<VcaReply> {
  const p = event.payload;
  const [state] = await db.$queryRaw<SessionState[]>`
    SELECT (SELECT reply FROM call_event WHERE event_key = ${p.eventId}) AS prior,
           s.id AS "sessionId", s.flow_version_id AS "versionId", s.current_node_id AS "currentNodeId",
           s.ended_at IS NOT NULL AS ended, s.vars, s.caller, s.dialed
    FROM (SELECT 1) AS one
    LEFT JOIN call_session s ON s.id = ${p.sessionId}`;
  if (state?.prior) return state.prior;

  if (state?.ended || (await hungUp(state))) {
    const reply = endedCallReply();
    rememberEnded(p.sessionId);
    await storeEventOnly(vcaEventRow(event, reply, null, timing));
    return reply;
  }
  const compiled = await resume(event, state, timing);
  if (!compiled || !state?.sessionId) {
    const reply = apologyReply();
    await storeEventOnly(vcaEventRow(event, reply, compiled?.path[0]?.nodeId ?? null, timing));
    return reply;
  }
  const row = vcaEventRow(event, compiled.reply, compiled.path[0]?.nodeId ?? null, timing, walkOf(compiled));
  const move = moveOf(event, state.currentNodeId, compiled, timing, compiled.vars);
  await storeMove(row, move);
  if (compiled.effects) await applyStepEffects(compiled.effects, p.sessionId);
  const numbers = { caller: state.caller ?? '', dialed: state.dialed ?? '' };
  rememberCall(p.sessionId, { ...numbers, flowId: null, versionId: state.versionId, currentNodeId: move.currentNodeId, vars: compiled.vars, ended: false, lastEventKey: p.eventId, lastReply: compiled.reply });
  return compiled.reply;
}

/** Whether our last reply to this call ended it (it stopped at a step that does not wait): its summary is on its way. */
async function hungUp(state: SessionState | undefined): Promise<boolean> {
  if (!state?.versionId || !state.currentNodeId) return false;
  const index = await flowVersionIndex(state.versionId);
  return index !== null && index.nodes.has(state.currentNodeId) && !waitsAt(index, state.currentNodeId);
}

/** The reply for a callback about a waiting node, or null when the state makes no sense. */
async function resume(event: VcaWebhook, state: SessionState | undefined, timing: Timing): Promise<ResumedReply | null> {
  const p = event.payload;
  const versionId = state?.versionId;
  if (!state?.sessionId || !versionId) {
    console.warn(`[vca] unknown session ${p.sessionId}`);
    return null;
  }
  // The session knows where the call waits. Send Callflow cannot carry a clientActionId, so
  // the first callback of an outbound call arrives without one; and a clientActionId naming
  // another step or version is not obeyed (a stale or misrouted callback must not move the
  // call): the caller's digits answer the step they heard.
  const decoded = decodeClientActionId(p.clientActionId);
  if (p.clientActionId && (decoded?.versionId !== versionId || decoded.nodeId !== state.currentNodeId)) {
    console.warn(`[vca] session ${p.sessionId}: clientActionId "${p.clientActionId}" is not where the call waits; answering from ${state.currentNodeId}`);
  }
  const nodeId = state.currentNodeId;
  const index = await flowVersionIndex(versionId);
  if (!nodeId || !index) return null;
  const vars = state.vars && typeof state.vars === 'object' ? (state.vars as Record<string, string>) : {};
  const ctx: CallContext = { caller: state.caller ?? '', dialed: state.dialed ?? '', digits: digitsOf(p), vars, now: timing.receivedAt, publicBaseUrl: appBaseUrl() };
  return compileOrApologize(() => compileResume(index, nodeId, ctx, versionId, serverStepServices), `session ${p.sessionId}`);
}
