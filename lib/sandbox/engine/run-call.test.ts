import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { advanceUntil, capture, fakePlatform, hangup, newCall, runToEnd, sandboxNumbers, say } from '@/lib/testing/sandbox-platform';
import { runInbound, runOutbound } from './run-call';

// Sessions end to end on fake time: outcomes, bridges, errors, the summary.

beforeEach(() => void vi.useFakeTimers({ now: new Date('2026-01-13T08:00:00Z') }));
afterEach(() => void vi.useRealTimers());

const agent = '+6531589338';
const customer = '+6591178965';
const outboundRequest = (rest: unknown[] = [capture({ maxDigits: 1, completeOnHash: false })]) => ({
  callflow: [{ action: 'makeCall' as const, params: { source: sandboxNumbers[0]!, destination: customer } }, ...(rest as never[])],
  clientRequestId: 'request-1',
});
type Leg = Record<string, unknown> & { callQuality?: unknown; callDuration: number };
const legsOf = (vss: { payload: Record<string, unknown> }) => vss.payload.details as Record<string, Leg>;

describe('outcomes of the first leg', () => {
  // Session length: 1 s dialling, then 1 s to learn BUSY/FAILED or 30 s of unanswered ringing.
  it.each([
    ['BUSY', 486, 2_000],
    ['NO_ANSWER', 480, 31_000],
    ['FAILED', 503, 2_000],
  ] as const)('%s: no VCA, the summary says so', async (outcome, sipCode, ringMs) => {
    const platform = fakePlatform(() => ({ body: { callflow: [hangup] } }));
    const call = newCall(platform.deps, { direction: 'OUTBOUND', from: sandboxNumbers[0], to: customer, outcome, clientRequestId: 'request-1' });
    void runOutbound(call, outboundRequest());
    await runToEnd(call);
    expect(platform.vcas()).toEqual([]);
    expect(platform.vcss().map((b) => b.payload.callStatus)).toEqual(['CALL_INITIATED', 'CALL_DISCONNECTED']);
    expect(platform.vcss()[1]!.payload.sipCode).toBe(sipCode);
    const vss = platform.vss()!;
    expect(vss.payload).toMatchObject({ sessionStatus: outcome, lastAction: 'MAKE_CALL', callCount: 1, clientRequestId: 'request-1' });
    const callA = legsOf(vss).callA!;
    expect(callA).toMatchObject({ callStatus: outcome, callDuration: 0, callDirection: 'OUTBOUND', sourceRefId: 'sandbox-vn-6568332048' });
    expect(callA).not.toHaveProperty('connectedTimestamp');
    expect(callA).not.toHaveProperty('callQuality');
    expect(new Date(String(vss.payload.endTime)).getTime() - new Date(String(vss.payload.startTime)).getTime()).toBe(ringMs);
    expect(call.finalStatus).toBe(outcome);
  });

  it('ERROR fails text-to-speech on the first say (-2005)', async () => {
    const platform = fakePlatform(() => ({ body: { clientActionId: 'menu', callflow: [capture()] } }));
    const call = newCall(platform.deps, { outcome: 'ERROR' });
    void runInbound(call);
    await runToEnd(call);
    expect(platform.vcas()).toHaveLength(1);
    expect(platform.vss()!.payload).toMatchObject({
      sessionStatus: 'ERROR',
      lastAction: 'SAY_AND_CAPTURE',
      errorDetails: { errorCode: -2005, errorMsg: 'Unable to synthesize text to speech' },
    });
    expect(legsOf(platform.vss()!).callA!.callStatus).toBe('FAILED');
    expect(call.transcript.some((e) => e.kind === 'prompt')).toBe(false);
  });

  it('TRUNK_FULL: created, never rings, and the summary reports session error -2010', async () => {
    const platform = fakePlatform(() => ({ body: { callflow: [hangup] } }));
    const call = newCall(platform.deps, { direction: 'OUTBOUND', from: sandboxNumbers[0], to: customer, outcome: 'TRUNK_FULL', clientRequestId: 'request-1' });
    void runOutbound(call, outboundRequest());
    await runToEnd(call);
    expect(platform.vcas()).toEqual([]);
    expect(platform.vcss().map((b) => [b.payload.callStatus, b.payload.sipCode])).toEqual([['CALL_DISCONNECTED', 503]]);
    const vss = platform.vss()!;
    expect(vss.payload).toMatchObject({
      sessionStatus: 'ERROR',
      lastAction: 'MAKE_CALL',
      callCount: 1,
      clientRequestId: 'request-1',
      errorDetails: { errorCode: -2010, errorMsg: 'Trunk capacity exceeded' },
    });
    const callA = legsOf(vss).callA!;
    expect(callA).toMatchObject({ callStatus: 'FAILED', callDuration: 0, callDirection: 'OUTBOUND' });
    expect(callA).not.toHaveProperty('connectedTimestamp');
    expect(call.transcript.some((e) => e.kind === 'status' && e.status === 'ringing')).toBe(false);
  });
});

describe('an inbound call', () => {
  it('asks for its first callflow with CALL_RECEIVED, then plays it with realistic timing', async () => {
    const platform = fakePlatform(() => ({ body: { callflow: [say('Hello and welcome to the shop.'), { action: 'playFile', params: { fileUrl: 'https://x.test/a.mp3', repetition: 2 } }, hangup] } }));
    const call = newCall(platform.deps);
    void runInbound(call);
    await runToEnd(call);
    const first = platform.vcas()[0]!;
    expect(first.payload).toMatchObject({ callStatus: 'CALL_RECEIVED', callDirection: 'INBOUND', destinationRefId: 'sandbox-vn-6568332048', source: customer });
    expect(first.payload).not.toHaveProperty('clientActionId');
    expect(platform.vcss().map((b) => b.payload.callStatus)).toEqual(['CALL_RECEIVED', 'CALL_CONNECTED', 'CALL_DISCONNECTED']);
    // 2 s ringing, then 6 words at 2.5/s = 2.4 s, then 2 × 3 s of file.
    const callA = legsOf(platform.vss()!).callA!;
    expect(callA).toMatchObject({ callStatus: 'COMPLETED', callDuration: 8, connectedTimestamp: '2026-01-13T08:00:02Z' });
    expect(callA.callQuality).toEqual({ mos: expect.any(Number), packetLossRate: expect.any(Number), jitter: expect.any(Number) });
    expect(call.transcript.map((e) => e.kind)).toEqual([
      'status', 'webhook', 'webhook', 'reply', 'status', 'webhook', 'say', 'play', 'hangup', 'webhook', 'webhook', 'ended',
    ]);
    expect(call.transcript.find((e) => e.kind === 'webhook' && e.webhookType === 'VCA')).toMatchObject({ httpStatus: 200, body: first });
    expect(platform.sent.every((s) => s.authorization === 'token')).toBe(true);
  });

  it('ends when the callflow runs out without a hangup', async () => {
    const platform = fakePlatform(() => ({ body: { callflow: [say('Bye.')] } }));
    const call = newCall(platform.deps);
    void runInbound(call);
    await runToEnd(call);
    expect(platform.vss()!.payload).toMatchObject({ sessionStatus: 'COMPLETED', lastAction: 'SAY' });
    expect(call.transcript.some((e) => e.status === 'ran-out')).toBe(true);
  });

  it('the caller hanging up ends every leg (COMPLETED once answered)', async () => {
    const platform = fakePlatform(() => ({ body: { clientActionId: 'menu', callflow: [capture()] } }));
    const call = newCall(platform.deps, { party: { mode: 'interactive' } });
    void runInbound(call);
    await advanceUntil(() => call.waitingForDigits);
    call.hangUp('The caller hung up');
    await runToEnd(call);
    expect(platform.vss()!.payload.sessionStatus).toBe('COMPLETED');
    expect(platform.vcas()).toHaveLength(1);
    expect(call.pressKeys('1')).toBe(false);
  });
});

describe('a bridged makeCall (transfer)', () => {
  it('rings 2 s, talks 5 s, then a VCA with the makeCall reply’s clientActionId continues the call', async () => {
    const platform = fakePlatform((vca, n) => {
      if (n === 0) return { body: { clientActionId: 'menu', callflow: [capture({ maxDigits: 1 })] } };
      if (n === 1) return { body: { clientActionId: 'v1:agent', callflow: [{ action: 'makeCall', params: { source: sandboxNumbers[0], destination: agent } }] } };
      return { body: { callflow: [say('Thanks for calling.'), hangup] } };
    });
    const call = newCall(platform.deps, { party: { mode: 'scripted', digits: ['2'] } });
    void runInbound(call);
    await runToEnd(call);
    const after = platform.vcas()[2]!;
    expect(after.payload).toMatchObject({ callStatus: 'ACTION_COMPLETED', clientActionId: 'v1:agent', eventData: { dtmf: null } });
    const legs = legsOf(platform.vss()!);
    expect(Object.keys(legs)).toEqual(['callA', 'callB']);
    expect(legs.callB).toMatchObject({ callDirection: 'OUTBOUND', destination: agent, callStatus: 'COMPLETED', callDuration: 5, sourceRefId: 'sandbox-vn-6568332048' });
    expect(legs.callB!.callQuality).toBeDefined();
    expect(platform.vss()!.payload).toMatchObject({ callCount: 2, sessionStatus: 'COMPLETED', lastAction: 'HANGUP' });
    const kinds = call.transcript.map((e) => e.kind);
    expect(kinds.indexOf('transfer')).toBeLessThan(kinds.indexOf('bridge-ended'));
    expect(call.transcript.filter((e) => e.kind === 'say').map((e) => e.text)).toEqual(['Thanks for calling.']);
  });

  it('a BUSY agent makes the summary BUSY (8x8’s sample), and the call still continues', async () => {
    const platform = fakePlatform((_vca, n) =>
      n === 0 ? { body: { clientActionId: 'x', callflow: [{ action: 'makeCall', params: { source: sandboxNumbers[0], destination: agent } }] } } : { body: { callflow: [hangup] } },
    );
    const call = newCall({ ...platform.deps, bridgeOutcome: () => 'BUSY' });
    void runInbound(call);
    await runToEnd(call);
    expect(platform.vcas()).toHaveLength(2);
    const legs = legsOf(platform.vss()!);
    expect(legs.callA!.callStatus).toBe('COMPLETED');
    expect(legs.callB).toMatchObject({ callStatus: 'BUSY', callDuration: 0 });
    expect(platform.vss()!.payload.sessionStatus).toBe('BUSY');
  });

  it('an empty reply after the bridge ends the call (no continuation)', async () => {
    const platform = fakePlatform((_vca, n) =>
      n === 0 ? { body: { clientActionId: 'x', callflow: [{ action: 'makeCall', params: { source: sandboxNumbers[0], destination: agent } }] } } : { body: { callflow: [] } },
    );
    const call = newCall(platform.deps);
    void runInbound(call);
    await runToEnd(call);
    expect(platform.vss()!.payload).toMatchObject({ sessionStatus: 'COMPLETED', lastAction: 'MAKE_CALL' });
  });
});

describe('a reply 8x8 cannot run', () => {
  it.each([
    ['an invalid callflow', { body: { callflow: [{ action: 'dance' }] } }, /-1007/],
    ['a sayAndCapture followed by hangup', { body: { callflow: [capture(), hangup] } }, /-1012/],
    ['an unknown voice', { body: { callflow: [{ action: 'say', params: { text: 'Hi', voiceProfile: 'xx-XX-Nobody' } }] } }, /-1002/],
    ['HTTP 500', { status: 500, body: { error: 'boom' } }, /HTTP 500/],
    ['an unreachable endpoint', 'unreachable' as const, /unreachable/],
  ])('%s ends the session as ERROR -2003', async (_name, answer, message) => {
    const platform = fakePlatform(() => answer);
    const call = newCall(platform.deps);
    void runInbound(call);
    await runToEnd(call);
    const vss = platform.vss()!;
    expect(vss.payload.sessionStatus).toBe('ERROR');
    const details = vss.payload.errorDetails as { errorCode: number; errorMsg: string };
    expect(details.errorCode).toBe(-2003);
    expect(details.errorMsg).toMatch(message);
    expect(call.transcript.find((e) => e.kind === 'error')?.error).toMatch(message);
  });
});

describe('an outbound session (Send Callflow)', () => {
  it('rings the destination, runs the rest of the callflow; the first VCA has no clientActionId', async () => {
    const platform = fakePlatform(() => ({ body: { callflow: [hangup] } }));
    const call = newCall(platform.deps, { direction: 'OUTBOUND', from: sandboxNumbers[0], to: customer, party: { mode: 'scripted', digits: ['1'] }, clientRequestId: 'request-1' });
    void runOutbound(call, outboundRequest());
    await runToEnd(call);
    expect(platform.vcas()).toHaveLength(1);
    expect(platform.vcas()[0]!.payload).toMatchObject({ callDirection: 'OUTBOUND', clientActionId: null, eventData: { dtmf: '1' }, source: sandboxNumbers[0], destination: customer });
    expect(platform.vss()!.payload).toMatchObject({ sessionStatus: 'COMPLETED', clientRequestId: 'request-1' });
  });
});
