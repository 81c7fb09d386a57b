import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '@/lib/http/app-error';
import { capture, fakePlatform, newCall, runToEnd } from '@/lib/testing/sandbox-platform';
import { transcriptStream } from '../transcript-stream';
import { callLimits } from './call';
import { activeCallCount, addCall, clearRegistry, findCall, hasParty, registerParty, registryLimits, takeParty, waitingPartyCount } from './registry';
import { runInbound } from './run-call';
import { maxCallWallMs } from './timing';

// The sandbox's memory is bounded whatever it is asked to do: sessions, calls playing
// at once, waiting parties, each call's transcript and event streams, and call time.

const { deps } = fakePlatform(() => ({ body: { callflow: [] } }));
const scripted = { party: { mode: 'scripted' as const, digits: ['1'] }, outcome: 'ANSWERED' as const };
const number = (i: number) => `+6590${String(i).padStart(6, '0')}`;

function refusal(work: () => unknown): AppError {
  try {
    work();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

beforeEach(() => clearRegistry());

describe('sessions', () => {
  it('refuses a call past the calls playing at once (429), and takes one again when a call ends', () => {
    const playing = Array.from({ length: registryLimits.activeCalls }, () => newCall(deps));
    for (const call of playing) addCall(call);
    const error = refusal(() => addCall(newCall(deps)));
    expect(error.status).toBe(429);
    expect(error.message).toMatch(/already playing 50 calls/);
    playing[0]!.markEnded();
    expect(activeCallCount()).toBe(registryLimits.activeCalls - 1);
    expect(() => addCall(newCall(deps))).not.toThrow();
  });

  it('forgets the oldest ended sessions past the cap, never one still playing', () => {
    const oldestPlaying = newCall(deps);
    addCall(oldestPlaying);
    const ended = Array.from({ length: registryLimits.sessions + 20 }, () => {
      const call = newCall(deps);
      addCall(call);
      call.markEnded();
      return call;
    });
    addCall(newCall(deps));
    expect(findCall(oldestPlaying.sessionId)).toBe(oldestPlaying);
    expect(findCall(ended[0]!.sessionId)).toBeUndefined();
    expect(findCall(ended.at(-1)!.sessionId)).toBeDefined();
    let remembered = 0;
    for (const call of [oldestPlaying, ...ended]) if (findCall(call.sessionId)) remembered += 1;
    expect(remembered).toBeLessThanOrEqual(registryLimits.sessions);
  });
});

describe('parties', () => {
  it('are taken once, and expire when no call used them', () => {
    const now = Date.now();
    registerParty('+6590000001', scripted, now);
    expect(hasParty('+65 9000 0001', now)).toBe(true);
    expect(takeParty('+6590000001', now)).toEqual(scripted);
    expect(hasParty('+6590000001', now)).toBe(false);

    registerParty('+6590000002', scripted, now);
    const later = now + registryLimits.partyTtlMs;
    expect(hasParty('+6590000002', later)).toBe(false);
    expect(takeParty('+6590000002', later)).toEqual({ party: { mode: 'scripted', digits: [] }, outcome: 'ANSWERED' });
    expect(waitingPartyCount(later)).toBe(0);
  });

  it('are capped (429) until some are called or expire; a number already waiting may be registered again', () => {
    const now = Date.now();
    for (let i = 0; i < registryLimits.parties; i += 1) registerParty(number(i), scripted, now);
    const error = refusal(() => registerParty(number(9_999), scripted, now));
    expect(error.status).toBe(429);
    expect(() => registerParty(number(0), scripted, now)).not.toThrow();
    takeParty(number(1), now);
    expect(() => registerParty(number(9_999), scripted, now)).not.toThrow();
    expect(() => registerParty(number(9_998), scripted, now + registryLimits.partyTtlMs + 1)).not.toThrow();
    expect(waitingPartyCount(now + registryLimits.partyTtlMs + 1)).toBe(1);
  });
});

describe('a call', () => {
  it('keeps the latest transcript entries only', () => {
    const call = newCall(deps);
    for (let i = 0; i < callLimits.transcriptEntries + 5; i += 1) call.record({ kind: 'status', text: `entry ${i}` });
    expect(call.transcript).toHaveLength(callLimits.transcriptEntries);
    expect(call.transcript[0]!.text).toBe('entry 5');
    expect(call.droppedEntries).toBe(5);
  });

  it('has a bounded number of event streams (429 past it)', () => {
    const call = newCall(deps);
    const abort = new AbortController();
    const streams = Array.from({ length: callLimits.listeners }, () => transcriptStream(call, abort.signal));
    const error = refusal(() => transcriptStream(call, abort.signal));
    expect(error.status).toBe(429);
    abort.abort();
    expect(() => transcriptStream(call, new AbortController().signal)).not.toThrow();
    expect(streams).toHaveLength(callLimits.listeners);
  });
});

describe('call time', () => {
  beforeEach(() => void vi.useFakeTimers({ now: new Date('2026-01-13T08:00:00Z') }));
  afterEach(() => void vi.useRealTimers());

  it('ends a call that never ends after two hours of real time, however slow its speed', async () => {
    const platform = fakePlatform(() => ({ body: { clientActionId: 'menu', callflow: [capture({ maxDigits: 1, digitTimeout: 60_000, overallTimeout: 120_000 })] } }));
    const call = newCall({ ...platform.deps, speed: 10_000 }, { party: { mode: 'interactive' } });
    const started = Date.now();
    void runInbound(call);
    await runToEnd(call, 60_000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(maxCallWallMs);
    expect(Date.now() - started).toBeLessThan(maxCallWallMs + 5 * 60_000);
    expect(call.transcript.some((e) => e.kind === 'hangup' && /time limit/.test(e.text ?? ''))).toBe(true);
    // At 10,000× slower the first leg is still ringing after two hours: the summary says CANCELED.
    expect(platform.vss()!.payload).toMatchObject({ sessionStatus: 'CANCELED' });
  });
});
