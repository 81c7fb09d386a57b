import 'server-only';
import { AppError, type AppErrorCode } from '@/lib/http/app-error';
import type { ScriptedCallInput } from '@/lib/sandbox/control-api';
import type { SandboxCall } from '@/lib/sandbox/engine/call';
import { describeCall } from '@/lib/sandbox/engine/describe-call';
import { findCall, registerParty, takeParty } from '@/lib/sandbox/engine/registry';
import { placeInboundCall } from './place-call';
import { appBaseUrl } from './sandbox-account';

// A whole call in one request: an inbound call to `to`, or an outbound callback
// launched through the product's own POST /api/calls, answered by a scripted party.

export const defaultCaller = '+6591178965';
export const defaultCallbackDestination = '+6590000001';
const waitLimitMs = 60_000;

export async function runScriptedCall(input: ScriptedCallInput) {
  const party = { mode: 'scripted' as const, digits: input.digits };
  const call = input.to
    ? await placeInboundCall({ from: input.from ?? defaultCaller, to: input.to, party, outcome: input.outcome, speed: input.speed })
    : await launchCallback(input.flowId!, input.from, { party, outcome: input.outcome ?? 'ANSWERED', speed: input.speed });
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

async function launchCallback(flowId: string, source: string | undefined, registration: Parameters<typeof registerParty>[1]): Promise<SandboxCall> {
  const run = launches.then(async () => {
    registerParty(defaultCallbackDestination, registration);
    try {
      return await postLaunch(flowId, source);
    } finally {
      takeParty(defaultCallbackDestination); // a launch that never reached the sandbox leaves no registration behind
    }
  });
  launches = run.catch(() => undefined);
  return run;
}

async function postLaunch(flowId: string, source: string | undefined): Promise<SandboxCall> {
  const response = await fetch(`${appBaseUrl()}/api/calls`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ flowId, destination: defaultCallbackDestination, ...(source && { source }) }),
  });
  const json = (await response.json().catch(() => ({}))) as { sessionId?: string; error?: string };
  if (response.status !== 201 || !json.sessionId) {
    throw new AppError(codeFor(response.status), `POST /api/calls refused the callback: ${json.error ?? `HTTP ${response.status}`}`);
  }
  const call = findCall(json.sessionId);
  if (!call) throw new AppError('unavailable', `Session ${json.sessionId} was not created by this sandbox (is the app connected to real 8x8?)`);
  return call;
}

function codeFor(status: number): AppErrorCode {
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 400 || status === 422) return 'unprocessable';
  return 'unavailable';
}
