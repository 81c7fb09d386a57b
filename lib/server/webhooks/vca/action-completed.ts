import 'server-only';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { VcaReply } from '@/lib/eightbyeight/callflow';
import { digitsOf, type VcaWebhook } from '@/lib/eightbyeight/webhooks';
import { apologyReply } from '@/lib/flow/apology';
import type { CallContext } from '@/lib/flow/call-context';
import { decodeClientActionId } from '@/lib/flow/client-action-id';
import { compileResume, walkOf, type ResumedReply } from '@/lib/flow/compile';
import { insertEvent } from '@/lib/server/calls/event-sql';
import { flowVersionIndex } from '@/lib/server/flows/flow-version-cache';
import { notifiedColumns, notifySessionChanges } from '@/lib/server/live/notify-sql';
import { compileOrApologize, currentNode, vcaEventRow, type Timing } from './vca-outcome';
import { appBaseUrl } from '@/lib/server/voice/voice-connection';

// 8x8 calls back about a waiting node (digits captured, or a bridged call ended).

/** The call's own numbers, from 8x8's payload: the caller is the far end of the leg. */
function numbersOf(event: VcaWebhook) {
  const p = event.payload;
  const outbound = p.callDirection === 'OUTBOUND';
  return { caller: (outbound ? p.destination : p.source) ?? '', dialed: (outbound ? p.source : p.destination) ?? '' };
}

export async function answerActionCompleted(event: VcaWebhook, timing: Timing): Promise<VcaReply> {
  return (await answerInOneStatement(event, timing)) ?? answerFromSession(event, timing);
}

/**
 * The common case in one statement. When the clientActionId names a version whose
 * replies do not depend on session variables, the reply is compiled before touching
 * the database; one statement then checks the session is pinned to that version,
 * stores the event, moves the session on, and returns any earlier reply to the same
 * eventId. Anything unusual (no such session, another version, a duplicate racing
 * its original) returns null and takes the general path.
 */
async function answerInOneStatement(event: VcaWebhook, timing: Timing): Promise<VcaReply | null> {
  const p = event.payload;
  const decoded = decodeClientActionId(p.clientActionId);
  const index = decoded ? await flowVersionIndex(decoded.versionId) : null;
  if (!decoded || !index || index.usesSessionVariables) return null;

  const ctx: CallContext = { ...numbersOf(event), digits: digitsOf(p), vars: {}, now: timing.receivedAt, publicBaseUrl: appBaseUrl() };
  const compiled = compileOrApologize(() => compileResume(index, decoded.nodeId, ctx, decoded.versionId), `session ${p.sessionId}`);
  if (!compiled) return null;

  const row = vcaEventRow(event, compiled.reply, decoded.nodeId, timing, walkOf(compiled));
  const [result] = await db.$queryRaw<Array<{ sessionPinned: boolean; stored: boolean; prior: VcaReply | null }>>`
    WITH session AS (
      SELECT id FROM call_session WHERE id = ${p.sessionId} AND flow_version_id = ${decoded.versionId}
    ), ev AS (
      ${insertEvent(row, Prisma.sql`WHERE EXISTS (SELECT 1 FROM session)`)}
    ), moved AS (
      UPDATE call_session
         SET status = ${p.callStatus}, current_node_id = ${currentNode(compiled)}, last_digits = ${digitsOf(p)},
             call_id = COALESCE(call_id, ${p.callId ?? null}), updated_at = ${timing.receivedAt}
       WHERE id = ${p.sessionId} AND EXISTS (SELECT 1 FROM ev)
      RETURNING ${notifiedColumns}
    ), notified AS (${notifySessionChanges('moved')})
    SELECT EXISTS (SELECT 1 FROM session) AS "sessionPinned", EXISTS (SELECT 1 FROM ev) AS stored,
           (SELECT reply FROM call_event WHERE event_key = ${p.eventId}) AS prior,
           (SELECT count(*) FROM notified)::int AS notified`;
  if (result?.stored) return compiled.reply;
  if (result?.sessionPinned && result.prior) return result.prior; // a duplicate delivery
  return null;
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

/**
 * The general case, in two statements: read the session (and any earlier reply),
 * then store the event and move the session on together.
 */
async function answerFromSession(event: VcaWebhook, timing: Timing): Promise<VcaReply> {
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
    const reply = apologyReply();
    await db.$executeRaw`WITH ev AS (${insertEvent(vcaEventRow(event, reply, compiled?.path[0]?.nodeId ?? null, timing))}) SELECT 1`;
    return reply;
  }

  await db.$executeRaw`
    WITH ev AS (${insertEvent(vcaEventRow(event, compiled.reply, compiled.path[0]?.nodeId ?? null, timing, walkOf(compiled)))}),
    moved AS (
      UPDATE call_session
         SET status = ${p.callStatus}, current_node_id = ${currentNode(compiled)},
             vars = ${JSON.stringify(compiled.vars)}::jsonb, last_digits = ${digitsOf(p)},
             call_id = COALESCE(call_id, ${p.callId ?? null}), updated_at = ${timing.receivedAt}
       WHERE id = ${p.sessionId} AND EXISTS (SELECT 1 FROM ev)
      RETURNING ${notifiedColumns})
    SELECT count(*) FROM (${notifySessionChanges('moved')}) AS notified`;
  return compiled.reply;
}

/** The reply for a callback about a waiting node, or null when the state makes no sense. */
async function resume(event: VcaWebhook, state: SessionState | undefined, timing: Timing): Promise<ResumedReply | null> {
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
  const vars = state.vars && typeof state.vars === 'object' ? (state.vars as Record<string, string>) : {};
  const ctx: CallContext = { caller: state.caller ?? '', dialed: state.dialed ?? '', digits: digitsOf(p), vars, now: timing.receivedAt, publicBaseUrl: appBaseUrl() };
  return compileOrApologize(() => compileResume(index, nodeId, ctx, versionId), `session ${p.sessionId}`);
}
