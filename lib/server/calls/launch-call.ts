import 'server-only';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { db } from '@/lib/db';
import type { SendCallflowRequest } from '@/lib/eightbyeight/callflow';
import { VoiceApiError } from '@/lib/eightbyeight/client';
import { compileStart, FlowRuntimeError, walkOf } from '@/lib/flow/compile';
import { AppError } from '@/lib/http/app-error';
import { variableNamePattern } from '@/lib/flow/template-text';
import { isE164, normalizePhoneNumber } from '@/lib/phone-number';
import { flowVersionIndex } from '@/lib/server/flows/flow-version-cache';
import { auditInsert, type AuditActor, type AuditChange } from '@/lib/server/audit/record-audit';
import { applyStepEffects } from '@/lib/server/flows/apply-step-effects';
import { serverStepServices } from '@/lib/server/flows/step-services';
import { placedCallWrite } from '@/lib/server/sessions/outbound-call';
import { appBaseUrl, voiceConnection } from '@/lib/server/voice/voice-connection';

const phone = (what: string) =>
  z.string().refine(isE164, `${what} must be a phone number in E.164 format, e.g. +6591234567`).transform(normalizePhoneNumber);

const maxVars = 50;

/** A callback's own values (a CSV row's columns), spoken as {{vars.name}} from the first prompt on. */
export const callVars = z
  .unknown()
  // Names are checked on the raw object: a record schema would quietly drop "__proto__".
  .superRefine((raw, ctx) => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return;
    for (const name of Object.keys(raw)) {
      if (variableNamePattern.test(name) && name !== '__proto__') continue;
      const message = name === '__proto__' ? '"__proto__" cannot be a variable name' : 'a variable name is letters, digits and _ (not starting with a digit), at most 32 characters';
      ctx.addIssue({ code: 'custom', path: [name], message });
    }
  })
  .pipe(z.record(z.string(), z.string().max(500, 'a value is at most 500 characters')))
  .refine((vars) => Object.keys(vars).length <= maxVars, `at most ${maxVars} variables`);

export const launchCallInput = z.object({
  flowId: z.string().min(1, 'flowId is required'),
  destination: phone('destination'),
  source: phone('source').optional(),
  vars: callVars.optional(),
});
export type LaunchCallInput = z.infer<typeof launchCallInput>;

/**
 * An outbound callback: makeCall to the destination, then the flow's first reply,
 * sent with Send Callflow. Send Callflow carries no clientActionId, so the session
 * records the waiting node for 8x8's first callback.
 */
export async function launchCall(input: LaunchCallInput, actor: AuditActor) {
  const flow = await db.flow.findUnique({
    where: { id: input.flowId },
    select: {
      id: true,
      name: true,
      publishedVersionId: true,
      publishedVersion: { select: { version: true } },
      numbers: { select: { number: true }, orderBy: { number: 'asc' }, take: 1 },
    },
  });
  if (!flow) throw new AppError('not_found', `No flow with id ${input.flowId}`);
  const versionId = flow.publishedVersionId;
  if (!versionId) throw new AppError('conflict', 'Publish the flow before calling with it: calls run a published version');
  const source = input.source ?? flow.numbers[0]?.number;
  if (!source) throw new AppError('unprocessable', 'Give a source (caller id): no number is routed to this flow');

  const index = await flowVersionIndex(versionId);
  if (!index) throw new AppError('not_found', `Flow version ${versionId} is missing`);
  const now = new Date();
  let first;
  try {
    const ctx = { caller: input.destination, dialed: source, digits: null, vars: input.vars ?? {}, now, publicBaseUrl: appBaseUrl() };
    first = await compileStart(index, ctx, versionId, serverStepServices);
  } catch (error) {
    if (error instanceof FlowRuntimeError) throw new AppError('unprocessable', `The flow cannot start: ${error.message}`);
    throw error;
  }

  const clientRequestId = randomUUID();
  const request: SendCallflowRequest = {
    callflow: [{ action: 'makeCall', params: { source, destination: input.destination } }, ...first.reply.callflow],
    clientRequestId,
  };
  const connection = await voiceConnection();
  const result = await connection.client.sendCallflow(request).catch((error: unknown) => {
    if (error instanceof VoiceApiError) throw new AppError('unavailable', `Could not reach 8x8: ${error.message}`);
    throw error;
  });

  const launched = `an outbound call to ${input.destination} from ${source} with "${flow.name}" v${flow.publishedVersion?.version ?? '?'}`;
  const audit = (sessionId: string, summary: string): AuditChange => ({
    action: 'call.launch',
    target: { type: 'call', id: sessionId },
    summary,
    // Variable names only: their values are the callee's data, kept with the call.
    details: { flowId: flow.id, versionId, destination: input.destination, source, mode: connection.mode, created: result.created, vars: Object.keys(input.vars ?? {}) },
  });
  const event = {
    eventKey: `send:${clientRequestId}`,
    kind: 'SEND_CALLFLOW' as const,
    callStatus: result.created ? 'CREATED' : 'NOT_CREATED',
    nodeId: index.startId,
    request,
    reply: result,
    httpStatus: result.created ? 200 : result.httpStatus,
    receivedAt: now,
    latencyMs: Date.now() - now.getTime(),
  };
  const placed = { flowId: flow.id, versionId, caller: input.destination, dialed: source, clientRequestId, vars: input.vars ?? {}, at: now };
  if (!result.created) {
    // A refused launch stays in history (final status NOT_CREATED, with 8x8's reason),
    // under our request id since 8x8 gave it no session.
    const refusal = { errorCode: result.statusCode, errorMessage: result.statusMessage, errorMeaning: result.meaning };
    await db.$transaction([
      placedCallWrite({ ...event, sessionId: clientRequestId }, { ...placed, id: clientRequestId, created: false, ...refusal }),
      auditInsert(actor, audit(clientRequestId, `Launched ${launched}; 8x8 refused it: ${result.meaning} (${result.statusCode})`)),
    ]);
    throw new AppError('unprocessable', `8x8 did not create the call: ${result.meaning} (${result.statusCode}: ${result.statusMessage})`, {
      statusCode: result.statusCode,
      statusMessage: result.statusMessage,
      meaning: result.meaning,
      attemptId: clientRequestId,
    });
  }
  const currentNodeId = first.waitingAt ?? first.path.at(-1)?.nodeId ?? null;
  await db.$transaction([
    // The walk counts only for a call that was made (the designer's analytics overlay).
    placedCallWrite({ ...event, sessionId: result.sessionId, ...walkOf(first) }, { ...placed, id: result.sessionId, created: true, vars: first.vars, currentNodeId }),
    auditInsert(actor, audit(result.sessionId, `Launched ${launched}`)),
  ]);
  // Effects of the steps before the first wait (an opt-out) count only for a call that was made.
  if (first.effects) await applyStepEffects(first.effects, result.sessionId);
  return { sessionId: result.sessionId, status: 'CREATED', mode: connection.mode, callflow: request.callflow };
}
