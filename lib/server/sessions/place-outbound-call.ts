import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { db } from '@/lib/db';
import type { SendCallflowRequest } from '@/lib/eightbyeight/callflow';
import type { SendCallflowResult } from '@/lib/eightbyeight/client';
import { compileStart, walkOf } from '@/lib/flow/compile';
import { applyStepEffects } from '@/lib/server/flows/apply-step-effects';
import { flowVersionIndex } from '@/lib/server/flows/flow-version-cache';
import { serverStepServices } from '@/lib/server/flows/step-services';
import { appBaseUrl, voiceConnection, type VoiceConnection } from '@/lib/server/voice/voice-connection';
import { placedCallWrite } from './outbound-call';

export type OutboundCall = {
  flowId: string;
  versionId: string;
  /** The person called. */
  destination: string;
  /** Our caller id. */
  source: string;
  vars: Record<string, string>;
  /** Sent to 8x8, which echoes it in the call's summary: a refused call's id in history too. */
  clientRequestId: string;
  /** Right before Send Callflow (a campaign marks its attempt dialed). */
  beforeSend?: () => Promise<unknown>;
  /** As soon as 8x8 has created the call, before history is written (a campaign keeps the session's id on its attempt). */
  onCreated?: (sessionId: string) => Promise<unknown>;
  /** Writes in the session's transaction (the launch's audit entry): given the session's id (ours for a refused call) and 8x8's answer. */
  alsoWrite?: (sessionId: string, result: SendCallflowResult, mode: VoiceConnection['mode']) => Array<Prisma.PrismaPromise<unknown>>;
  /** History could not be stored: thrown unless this is given (a campaign logs it and goes on, the call being placed). */
  onHistoryError?: (error: unknown) => void;
};

export type PlacedOutboundCall =
  | { status: 'no_version' }
  /** compileStart threw before anything was sent. */
  | { status: 'cannot_start'; error: unknown }
  /** Send Callflow threw: the request may or may not have reached 8x8. */
  | { status: 'unsent'; error: unknown }
  | { status: 'refused'; result: Extract<SendCallflowResult, { created: false }>; request: SendCallflowRequest }
  | { status: 'created'; sessionId: string; request: SendCallflowRequest; mode: VoiceConnection['mode'] };

/**
 * One outbound call (a callback or a campaign's attempt): the flow's first reply compiled,
 * makeCall to the destination then that reply sent with Send Callflow, and the call's session
 * and SEND_CALLFLOW event written — a refused call too, ended, under our clientRequestId. The
 * effects of the steps before the first wait (an opt-out) apply only to a call that was made.
 */
export async function placeOutboundCall(call: OutboundCall): Promise<PlacedOutboundCall> {
  const index = await flowVersionIndex(call.versionId);
  if (!index) return { status: 'no_version' };
  const at = new Date();
  let first;
  try {
    const ctx = { caller: call.destination, dialed: call.source, digits: null, vars: call.vars, now: at, publicBaseUrl: appBaseUrl() };
    first = await compileStart(index, ctx, call.versionId, serverStepServices);
  } catch (error) {
    return { status: 'cannot_start', error };
  }
  // Send Callflow carries no clientActionId: the session records the waiting node for 8x8's first callback.
  const request: SendCallflowRequest = {
    callflow: [{ action: 'makeCall', params: { source: call.source, destination: call.destination } }, ...first.reply.callflow],
    clientRequestId: call.clientRequestId,
  };
  await call.beforeSend?.();
  let result: SendCallflowResult;
  let mode: VoiceConnection['mode'];
  try {
    const connection = await voiceConnection();
    mode = connection.mode;
    result = await connection.client.sendCallflow(request);
  } catch (error) {
    return { status: 'unsent', error };
  }
  const event = {
    eventKey: `send:${call.clientRequestId}`,
    kind: 'SEND_CALLFLOW' as const,
    callStatus: result.created ? 'CREATED' : 'NOT_CREATED',
    nodeId: index.startId,
    request,
    reply: result,
    httpStatus: result.created ? 200 : result.httpStatus,
    receivedAt: at,
    latencyMs: Date.now() - at.getTime(),
  };
  const placed = { flowId: call.flowId, versionId: call.versionId, caller: call.destination, dialed: call.source, clientRequestId: call.clientRequestId, at };
  const write = (writes: Array<Prisma.PrismaPromise<unknown>>) =>
    db.$transaction(writes).catch((error: unknown) => {
      if (!call.onHistoryError) throw error;
      call.onHistoryError(error);
    });
  if (!result.created) {
    // 8x8 gave it no session: history keeps it ended (NOT_CREATED, with 8x8's reason) under our request id.
    const refusal = { errorCode: result.statusCode, errorMessage: result.statusMessage, errorMeaning: result.meaning };
    await write([
      placedCallWrite({ ...event, sessionId: call.clientRequestId }, { ...placed, id: call.clientRequestId, vars: call.vars, created: false, ...refusal }),
      ...(call.alsoWrite?.(call.clientRequestId, result, mode) ?? []),
    ]);
    return { status: 'refused', result, request };
  }
  await call.onCreated?.(result.sessionId);
  const currentNodeId = first.waitingAt ?? first.path.at(-1)?.nodeId ?? null;
  // The walk counts only for a call that was made (the designer's analytics overlay). The summary
  // of a fast call may have created the session already: placedCallWrite then fills in the rest.
  await write([
    placedCallWrite({ ...event, sessionId: result.sessionId, ...walkOf(first) }, { ...placed, id: result.sessionId, created: true, vars: first.vars, currentNodeId }),
    ...(call.alsoWrite?.(result.sessionId, result, mode) ?? []),
  ]);
  if (first.effects) await applyStepEffects(first.effects, result.sessionId);
  return { status: 'created', sessionId: result.sessionId, request, mode };
}
