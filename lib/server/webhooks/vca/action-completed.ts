import 'server-only';
import { db } from '@/lib/db';
import type { VcaReply } from '@/lib/eightbyeight/callflow';
import { digitsOf, type VcaWebhook } from '@/lib/eightbyeight/webhooks';
import { apologyReply } from '@/lib/flow/apology';
import type { CallContext } from '@/lib/flow/call-context';
import { decodeClientActionId, numberedReply } from '@/lib/flow/client-action-id';
import { compileResume, waitsAt, walkOf, type ResumedReply } from '@/lib/flow/compile';
import { resumePoint, type WaitingAt } from '@/lib/flow/resume-point';
import { flowVersionIndex } from '@/lib/server/flows/flow-version-cache';
import { rememberCall, rememberEnded, rememberMove } from '@/lib/server/outage/call-memory';
import { storeEventOnly, storeMove, storeMoveIfWaiting, type SessionMove } from '@/lib/server/sessions/call-progress';
import { changedVars, compileOrApologize, currentNode, endedCallReply, numbersOf, vcaEventRow, type Timing } from './vca-outcome';
import { appBaseUrl } from '@/lib/server/voice/voice-connection';
import { applyStepEffects } from '@/lib/server/flows/apply-step-effects';
import { serverStepServices } from '@/lib/server/flows/step-services';

// 8x8 calls back about a waiting node (digits captured, or a bridged call ended).

export async function answerActionCompleted(event: VcaWebhook, timing: Timing): Promise<VcaReply> {
  return (await answerInOneStatement(event, timing)) ?? answerFromSession(event, timing);
}

/** A resumed step's reply, numbered one past the step it resumed. */
export type Resumed = { compiled: ResumedReply; reply: VcaReply; step: number };

export function resumed(compiled: ResumedReply, from: WaitingAt): Resumed {
  const step = from.step + 1;
  return { compiled, reply: numberedReply(compiled.reply, step), step };
}

export function moveOf(event: VcaWebhook, from: WaitingAt, { compiled, step }: Resumed, timing: Timing, vars?: Record<string, string>): SessionMove {
  const p = event.payload;
  const numbers = numbersOf(event);
  return {
    sessionId: p.sessionId,
    step,
    status: p.callStatus,
    currentNodeId: currentNode(compiled),
    vars,
    lastDigits: digitsOf(p),
    callId: p.callId ?? null,
    at: timing.receivedAt,
    call: { versionId: from.versionId, direction: p.callDirection ?? 'INBOUND', caller: numbers.caller || null, dialed: numbers.dialed || null },
  };
}

/**
 * The common case in one statement. When the clientActionId names a numbered step of a
 * version whose replies do not depend on session variables and make no request, the reply is compiled before
 * touching the database; one statement then checks the session is pinned to that version
 * and waiting at that step, stores the event, moves the session on, and returns any earlier
 * reply to the same eventId. Anything else (no such session, another version or step,
 * an ended call) returns null and takes the general path.
 */
async function answerInOneStatement(event: VcaWebhook, timing: Timing): Promise<VcaReply | null> {
  const p = event.payload;
  const decoded = decodeClientActionId(p.clientActionId);
  if (!decoded || decoded.step === null) return null;
  const from = { versionId: decoded.versionId, nodeId: decoded.nodeId, step: decoded.step };
  const index = await flowVersionIndex(from.versionId);
  if (!index || index.usesSessionVariables || index.makesRequests) return null;

  const ctx: CallContext = { ...numbersOf(event), digits: digitsOf(p), vars: {}, now: timing.receivedAt, publicBaseUrl: appBaseUrl() };
  const compiled = await compileOrApologize(() => compileResume(index, from.nodeId, ctx, from.versionId, serverStepServices), `session ${p.sessionId}`);
  if (!compiled) return null;

  const answer = resumed(compiled, from);
  const row = vcaEventRow(event, answer.reply, from.nodeId, timing, walkOf(compiled));
  const result = await storeMoveIfWaiting(row, moveOf(event, from, answer, timing), from);
  if (!result.stored) return result.prior; // a duplicate delivery, or null
  if (compiled.effects) await applyStepEffects(compiled.effects, p.sessionId);
  rememberMove(p.sessionId, { versionId: from.versionId, currentNodeId: currentNode(compiled), step: answer.step, lastEventKey: p.eventId, lastReply: answer.reply });
  return answer.reply;
}

type SessionState = {
  prior: VcaReply | null;
  sessionId: string | null;
  versionId: string | null;
  currentNodeId: string | null;
  step: number | null;
  ended: boolean;
  vars: unknown;
  caller: string | null;
  dialed: string | null;
};

/**
 * The general case, in two statements: read the session (and any earlier reply), then
 * store the event and move the session on together. Ordering rules
 * (docs/architecture.md, "Events late, twice or out of order"): a call that has ended (its
 * summary came, or our last reply hung up) is answered with hangup and stays as it is; a
 * callback naming a step the call is not waiting at is answered from the step the session
 * is at — unless it names a later step, answered by another server whose journal has not
 * reached the database yet.
 */
async function answerFromSession(event: VcaWebhook, timing: Timing): Promise<VcaReply> {
  const p = event.payload;
  const [state] = await db.$queryRaw<SessionState[]>`
    SELECT (SELECT reply FROM call_event WHERE event_key = ${p.eventId}) AS prior,
           s.id AS "sessionId", s.flow_version_id AS "versionId", s.current_node_id AS "currentNodeId",
           s.step, s.ended_at IS NOT NULL AS ended, s.vars, s.caller, s.dialed
    FROM (SELECT 1) AS one
    LEFT JOIN call_session s ON s.id = ${p.sessionId}`;
  if (state?.prior) return state.prior;

  const from = await waitingPoint(event, state);
  if (state?.ended || (from && (await hungUpAt(from)))) {
    const reply = endedCallReply();
    rememberEnded(p.sessionId);
    await storeEventOnly(vcaEventRow(event, reply, null, timing));
    return reply;
  }
  const answer = from ? await resume(event, state, from, timing) : null;
  if (!answer || !from) {
    const reply = apologyReply();
    await storeEventOnly(vcaEventRow(event, reply, answer?.compiled.path[0]?.nodeId ?? null, timing));
    return reply;
  }
  const { compiled } = answer;
  const row = vcaEventRow(event, answer.reply, compiled.path[0]?.nodeId ?? null, timing, walkOf(compiled));
  const move = moveOf(event, from, answer, timing, changedVars(varsOf(state), compiled.vars));
  await storeMove(row, move);
  if (compiled.effects) await applyStepEffects(compiled.effects, p.sessionId);
  const numbers = state?.sessionId ? { caller: state.caller ?? '', dialed: state.dialed ?? '' } : numbersOf(event);
  rememberCall(p.sessionId, { ...numbers, flowId: null, versionId: from.versionId, currentNodeId: move.currentNodeId, step: move.step, vars: compiled.vars, ended: false, lastEventKey: p.eventId, lastReply: answer.reply });
  return answer.reply;
}

/**
 * Where the callback resumes the call (resumePoint). A session stored without a version
 * (an unrouted call) has nowhere to resume. A session the database does not have is
 * resumed only from a numbered clientActionId: another server answered its arrival during
 * an outage; anything else is unknown.
 */
async function waitingPoint(event: VcaWebhook, state: SessionState | undefined): Promise<WaitingAt | null> {
  const p = event.payload;
  const claim = decodeClientActionId(p.clientActionId);
  if (!state?.sessionId) {
    if (claim?.step == null || !(await flowVersionIndex(claim.versionId))) {
      console.warn(`[vca] unknown session ${p.sessionId}`);
      return null;
    }
    return resumePoint(null, claim);
  }
  if (!state.versionId || !state.currentNodeId) return null;
  const session = { versionId: state.versionId, nodeId: state.currentNodeId, step: state.step ?? 0 };
  // A call our last reply hung up has no later step, whatever a callback claims.
  if (await hungUpAt(session)) return session;
  const from = resumePoint(session, claim);
  // Send Callflow cannot carry a clientActionId, so the first callback of an outbound call
  // arrives without one; a stale or misrouted one is not obeyed.
  if (p.clientActionId && from === session && (claim?.nodeId !== session.nodeId || claim.step !== session.step)) {
    console.warn(`[vca] session ${p.sessionId}: clientActionId "${p.clientActionId.slice(0, 200)}" is not where the call waits; answering from ${session.nodeId}`);
  }
  return from;
}

const varsOf = (state: SessionState | undefined): Record<string, string> =>
  state?.vars && typeof state.vars === 'object' ? (state.vars as Record<string, string>) : {};

/** Whether a call left at this step is not waiting (our last reply hung up): its summary is on its way. */
async function hungUpAt(from: WaitingAt): Promise<boolean> {
  const index = await flowVersionIndex(from.versionId);
  return index !== null && index.nodes.has(from.nodeId) && !waitsAt(index, from.nodeId);
}

/** The reply for a callback about a waiting node, or null when the flow cannot run from there. */
async function resume(event: VcaWebhook, state: SessionState | undefined, from: WaitingAt, timing: Timing): Promise<Resumed | null> {
  const p = event.payload;
  const index = await flowVersionIndex(from.versionId);
  if (!index) return null;
  const numbers = state?.sessionId ? { caller: state.caller ?? '', dialed: state.dialed ?? '' } : numbersOf(event);
  const ctx: CallContext = { ...numbers, digits: digitsOf(p), vars: varsOf(state), now: timing.receivedAt, publicBaseUrl: appBaseUrl() };
  const compiled = await compileOrApologize(() => compileResume(index, from.nodeId, ctx, from.versionId, serverStepServices), `session ${p.sessionId}`);
  return compiled ? resumed(compiled, from) : null;
}
