import 'server-only';
import { AppError } from '@/lib/http/app-error';
import type { AuditActor } from '@/lib/server/audit/record-audit';
import { launchCall } from '@/lib/server/calls/launch-call';
import { voiceConnection } from '@/lib/server/voice/voice-connection';
import type { ScriptedCallInput } from '@/lib/sandbox/control-api';
import type { SandboxCall } from '@/lib/sandbox/engine/call';
import { describeCall } from '@/lib/sandbox/engine/describe-call';
import { findCall, registerParty, takeParty } from '@/lib/sandbox/engine/registry';
import { placeInboundCall } from './place-call';

// A whole call in one request: an inbound call to `to`, or an outbound callback
// launched through the product's own launchCall, answered by a scripted party.

export const defaultCaller = '+6591178965';
export const defaultCallbackDestination = '+6590000001';
const waitLimitMs = 60_000;

export async function runScriptedCall(input: ScriptedCallInput, actor: AuditActor) {
  const party = { mode: 'scripted' as const, digits: input.digits };
  const call = input.to
    ? await placeInboundCall({ from: input.from ?? defaultCaller, to: input.to, party, outcome: input.outcome, speed: input.speed })
    : await launchCallback(actor, input.flowId!, input.from, { party, outcome: input.outcome ?? 'ANSWERED', speed: input.speed });
  const ended = await Promise.race([call.done.then(() => true), delay(waitLimitMs).then(() => false)]);
  const view = describeCall(call);
  const body = { sessionId: view.sessionId, outcome: view.outcome, transcript: view.transcript };
  return ended
    ? { httpStatus: 200, body }
    : { httpStatus: 504, body: { ...body, error: `The call had not ended after ${waitLimitMs / 1000} s; this is its transcript so far` } };
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref?.());

/** One launch at a time per destination, so concurrent callbacks each answer with their own script. */
let launches: Promise<unknown> = Promise.resolve();

async function launchCallback(
  actor: AuditActor,
  flowId: string,
  source: string | undefined,
  registration: Parameters<typeof registerParty>[1],
): Promise<SandboxCall> {
  // SANDBOX=on keeps the sandbox beside real 8x8 credentials: the launch would then be a real,
  // billed call placed by someone who may only use the sandbox. Refused before anything is sent.
  if ((await voiceConnection()).mode !== 'sandbox') {
    throw new AppError('conflict', 'Scripted callbacks need the app on the sandbox: with real 8x8 credentials configured, the launch would place a real call (inbound scripted calls still work)');
  }
  const run = launches.then(async () => {
    registerParty(defaultCallbackDestination, registration);
    try {
      return await postLaunch(actor, flowId, source);
    } finally {
      takeParty(defaultCallbackDestination); // a launch that never reached the sandbox leaves no registration behind
    }
  });
  launches = run.catch(() => undefined);
  return run;
}

async function postLaunch(actor: AuditActor, flowId: string, source: string | undefined): Promise<SandboxCall> {
  // The product's own launch, in process: the caller already proved the sandbox.use permission,
  // and launchCallback checked that the app talks to the sandbox, so no real call is placed.
  // Audited as any launch, by the person who asked for it.
  const launched = await launchCall({ flowId, destination: defaultCallbackDestination, ...(source && { source }) }, actor);
  const call = findCall(launched.sessionId);
  if (!call) throw new AppError('unavailable', `Session ${launched.sessionId} was not created by this sandbox (is the app connected to real 8x8?)`);
  return call;
}
