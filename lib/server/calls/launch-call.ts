import 'server-only';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { db } from '@/lib/db';
import { VoiceApiError } from '@/lib/eightbyeight/client';
import { FlowRuntimeError } from '@/lib/flow/compile';
import { AppError } from '@/lib/http/app-error';
import { variableNamePattern } from '@/lib/flow/template-text';
import { isE164, normalizePhoneNumber } from '@/lib/phone-number';
import { auditInsert, type AuditActor } from '@/lib/server/audit/record-audit';
import { placeOutboundCall } from '@/lib/server/sessions/place-outbound-call';

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

/** An outbound callback (placeOutboundCall) with its audit entry; 8x8's refusal is a 422 naming why. */
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

  const vars = input.vars ?? {};
  const launched = `an outbound call to ${input.destination} from ${source} with "${flow.name}" v${flow.publishedVersion?.version ?? '?'}`;
  const clientRequestId = randomUUID();
  const placed = await placeOutboundCall({
    flowId: flow.id,
    versionId,
    destination: input.destination,
    source,
    vars,
    clientRequestId,
    alsoWrite: (sessionId, result, mode) => [
      auditInsert(actor, {
        action: 'call.launch',
        target: { type: 'call', id: sessionId },
        summary: result.created ? `Launched ${launched}` : `Launched ${launched}; 8x8 refused it: ${result.meaning} (${result.statusCode})`,
        // Variable names only: their values are the callee's data, kept with the call.
        details: { flowId: flow.id, versionId, destination: input.destination, source, mode, created: result.created, vars: Object.keys(vars) },
      }),
    ],
  });
  switch (placed.status) {
    case 'no_version':
      throw new AppError('not_found', `Flow version ${versionId} is missing`);
    case 'cannot_start':
      if (placed.error instanceof FlowRuntimeError) throw new AppError('unprocessable', `The flow cannot start: ${placed.error.message}`);
      throw placed.error;
    case 'unsent':
      if (placed.error instanceof VoiceApiError) throw new AppError('unavailable', `Could not reach 8x8: ${placed.error.message}`);
      throw placed.error;
    case 'refused': {
      // The refused launch stays in history (final status NOT_CREATED, with 8x8's reason) under our request id.
      const { result } = placed;
      throw new AppError('unprocessable', `8x8 did not create the call: ${result.meaning} (${result.statusCode}: ${result.statusMessage})`, {
        statusCode: result.statusCode,
        statusMessage: result.statusMessage,
        meaning: result.meaning,
        attemptId: clientRequestId,
      });
    }
    case 'created':
      return { sessionId: placed.sessionId, status: 'CREATED', mode: placed.mode, callflow: placed.request.callflow };
  }
}
