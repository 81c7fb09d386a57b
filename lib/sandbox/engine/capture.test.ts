import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { advanceUntil, capture, fakePlatform, hangup, newCall, runToEnd, say } from '@/lib/testing/sandbox-platform';
import { runInbound } from './run-call';
import type { PartySpec } from './types';

// sayAndCapture's rules, played on fake time at speed 1.

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

/** An inbound call whose first reply is `action`, then a hangup once the VCA with digits arrives. */
async function captureCall(params: Record<string, unknown>, party: PartySpec) {
  const platform = fakePlatform((_vca, n) => (n === 0 ? { body: { clientActionId: 'menu', callflow: [capture(params)] } } : { body: { callflow: [hangup] } }));
  const call = newCall(platform.deps, { party });
  void runInbound(call);
  await runToEnd(call);
  const vca = platform.vcas()[1]!;
  const kinds = call.transcript.map((e) => e.kind);
  return { call, platform, vca, dtmf: (vca.payload.eventData as { dtmf: string | null }).dtmf, kinds };
}

const scripted = (...digits: Array<string | null>): PartySpec => ({ mode: 'scripted', digits });

describe('sayAndCapture', () => {
  it('sends the digits with the clientActionId of the reply that carried the capture', async () => {
    const { vca, dtmf, platform } = await captureCall({ minDigits: 1, maxDigits: 1, completeOnHash: false }, scripted('1'));
    expect(dtmf).toBe('1');
    expect(vca.payload).toMatchObject({ callStatus: 'ACTION_COMPLETED', clientActionId: 'menu', callDirection: 'INBOUND' });
    expect(platform.vss()!.payload).toMatchObject({ sessionStatus: 'COMPLETED', lastAction: 'HANGUP' });
  });

  it('ends the entry at maxDigits when completeOnHash is false (later keys are dropped)', async () => {
    const { dtmf } = await captureCall({ minDigits: 1, maxDigits: 1, completeOnHash: false }, scripted('12'));
    expect(dtmf).toBe('1');
  });

  it('ends the entry at # when completeOnHash is true, without the #', async () => {
    const { dtmf } = await captureCall({ minDigits: 1, maxDigits: 10, completeOnHash: true }, scripted('123#'));
    expect(dtmf).toBe('123');
  });

  it('retries an entry outside minDigits–maxDigits: failure message, then success message', async () => {
    const params = { minDigits: 2, maxDigits: 3, noOfTries: 3, failureMessage: 'Wrong.', successMessage: 'Thanks.' };
    const { call, dtmf } = await captureCall(params, scripted('1#', '12#'));
    expect(dtmf).toBe('12');
    const spoken = call.transcript.filter((e) => ['prompt', 'say', 'invalid-input'].includes(e.kind)).map((e) => `${e.kind}:${e.text ?? ''}`);
    expect(spoken).toEqual([
      'prompt:Press one or two.',
      'invalid-input:try 1 of 3: expected 2–3 digits',
      'say:Wrong.',
      'prompt:Press one or two.',
      'say:Thanks.',
    ]);
  });

  it('sends null after noOfTries without input, speaking the failure message after each try', async () => {
    const { call, dtmf } = await captureCall({ noOfTries: 2, failureMessage: 'Try again.' }, scripted(null));
    expect(dtmf).toBeNull();
    expect(call.transcript.filter((e) => e.kind === 'no-input')).toHaveLength(2);
    expect(call.transcript.filter((e) => e.text === 'Try again.')).toHaveLength(2);
  });

  it('sends the last failed entry when every try was outside the range', async () => {
    const { dtmf, kinds } = await captureCall({ minDigits: 3, maxDigits: 4, noOfTries: 2 }, scripted('1#', '2#'));
    expect(dtmf).toBe('2');
    expect(kinds.filter((k) => k === 'invalid-input')).toHaveLength(2);
  });

  it('gives up on a key slower than digitTimeout (no input)', async () => {
    // A scripted party types a key every 300 ms; a 200 ms digit timeout never sees one.
    const { dtmf } = await captureCall({ digitTimeout: 200, overallTimeout: 1000 }, scripted('1#'));
    expect(dtmf).toBeNull();
  });

  it('ends the entry at overallTimeout with the keys typed so far', async () => {
    // Keys at 300, 600, 900 ms after the prompt; the entry closes at 700 ms.
    const { dtmf } = await captureCall({ digitTimeout: 500, overallTimeout: 700 }, scripted('1234#'));
    expect(dtmf).toBe('12');
  });

  it('takes keys from an interactive party, and only while listening', async () => {
    const platform = fakePlatform((_vca, n) => (n === 0 ? { body: { clientActionId: 'menu', callflow: [say('Hello.'), capture({ maxDigits: 2 })] } } : { body: { callflow: [hangup] } }));
    const call = newCall(platform.deps, { party: { mode: 'interactive' } });
    void runInbound(call);
    await advanceUntil(() => call.transcript.some((e) => e.kind === 'say'));
    expect(call.pressKeys('9')).toBe(false);
    await advanceUntil(() => call.waitingForDigits);
    expect(call.pressKeys('42')).toBe(true);
    await runToEnd(call);
    expect((platform.vcas()[1]!.payload.eventData as { dtmf: string }).dtmf).toBe('42');
    expect(call.transcript.filter((e) => e.kind === 'digits').map((e) => e.digits)).toEqual(['4', '2']);
  });

  it('a scripted party whose script ran out hangs up after two silent menus', async () => {
    const platform = fakePlatform(() => ({ body: { clientActionId: 'menu', callflow: [capture({ noOfTries: 1 })] } }));
    const call = newCall(platform.deps, { party: scripted() });
    void runInbound(call);
    await runToEnd(call);
    expect(platform.vcas()).toHaveLength(3); // CALL_RECEIVED + two silent captures
    expect(call.transcript.find((e) => e.kind === 'hangup')).toMatchObject({ kind: 'hangup', text: 'the scripted caller ran out of entries and hung up' });
    expect(platform.vss()!.payload.sessionStatus).toBe('COMPLETED');
  });
});
