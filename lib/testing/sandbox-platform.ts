import { vi } from 'vitest';
import { builtinSpeechProfiles } from '@/lib/eightbyeight/builtin-speech-profiles';
import type { FetchLike } from '@/lib/eightbyeight/request-json';
import { SandboxCall, type CallInit } from '@/lib/sandbox/engine/call';
import type { EngineDeps } from '@/lib/sandbox/engine/types';

// A fake product for the engine's unit tests: it records every webhook and answers
// VCAs with `answer`. Use with vi.useFakeTimers(): `runToEnd` advances call time.

export type Sent = { type: 'VCA' | 'VCS' | 'VSS'; body: { payload: Record<string, unknown> } & Record<string, unknown>; authorization: string | null };
type VcaAnswer = { status?: number; body: unknown } | 'unreachable';

export const sandboxNumbers = ['+6568332048', '+6561115777'];
export const voice = 'en-US-BenjaminRUS';

export function fakePlatform(answer: (vca: Sent['body'], count: number) => VcaAnswer) {
  const sent: Sent[] = [];
  let vcaCount = 0;
  const fetch: FetchLike = async (url, init) => {
    const type = url.endsWith('/vca') ? 'VCA' : url.endsWith('/vcs') ? 'VCS' : 'VSS';
    const body = JSON.parse(String(init.body)) as Sent['body'];
    sent.push({ type, body, authorization: (init.headers as Record<string, string>).Authorization ?? null });
    if (type !== 'VCA') return Response.json({ received: true });
    const reply = answer(body, vcaCount++);
    if (reply === 'unreachable') throw new TypeError('fetch failed: ECONNREFUSED');
    return Response.json(reply.body, { status: reply.status ?? 200 });
  };
  const deps: EngineDeps = {
    targets: {
      VCA: { url: 'http://app.test/api/webhooks/8x8/vca', authorization: 'token' },
      VCS: { url: 'http://app.test/api/webhooks/8x8/vcs', authorization: 'token' },
      VSS: { url: 'http://app.test/api/webhooks/8x8/vss', authorization: 'token' },
    },
    ownBase: 'http://app.test',
    fetch,
    subAccountId: 'sandbox',
    numbers: sandboxNumbers,
    speechProfiles: new Set(builtinSpeechProfiles.map((p) => p.speechProfileCode)),
    speed: 1,
  };
  const of = (type: Sent['type']) => sent.filter((s) => s.type === type).map((s) => s.body);
  return { sent, deps, vcas: () => of('VCA'), vcss: () => of('VCS'), vss: () => of('VSS')[0] };
}

export function newCall(deps: EngineDeps, init: Partial<CallInit> = {}): SandboxCall {
  return new SandboxCall(
    {
      sessionId: crypto.randomUUID(),
      direction: 'INBOUND',
      from: '+6591178965',
      to: sandboxNumbers[0]!,
      party: { mode: 'scripted', digits: [] },
      outcome: 'ANSWERED',
      ...init,
    },
    deps,
  );
}

/** Advances fake time until the call has ended (its summary delivered). */
export async function runToEnd(call: SandboxCall, stepMs = 250): Promise<void> {
  for (let i = 0; i < 100_000 && call.status !== 'ended'; i += 1) await vi.advanceTimersByTimeAsync(stepMs);
  if (call.status !== 'ended') throw new Error('the call did not end');
}

/** Advances fake time until `predicate` holds. */
export async function advanceUntil(predicate: () => boolean, stepMs = 50): Promise<void> {
  for (let i = 0; i < 100_000 && !predicate(); i += 1) await vi.advanceTimersByTimeAsync(stepMs);
  if (!predicate()) throw new Error('condition never held');
}

export const capture = (params: Record<string, unknown> = {}) => ({
  action: 'sayAndCapture' as const,
  params: { promptMessage: 'Press one or two.', voiceProfile: voice, ...params },
});
export const say = (text: string) => ({ action: 'say' as const, params: { text, voiceProfile: voice } });
export const hangup = { action: 'hangup' as const };
