import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseWebhook } from '@/lib/eightbyeight/webhooks';
import { capture, fakePlatform, hangup, newCall, runToEnd, sandboxNumbers, type Sent } from '@/lib/testing/sandbox-platform';
import { hasShared, readShared, sharedMissing } from '@/lib/testing/shared';
import { runInbound, runOutbound } from './engine/run-call';
import type { Outcome } from './engine/types';

// Every webhook the call player emits parses as the product parses 8x8's, and has
// every key of 8x8's fixture for its kind.

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

type Body = Record<string, unknown> & { payload: Record<string, unknown> };
const fixture = (name: string) => readShared<Body>(`fixtures/${name}`);
const keysOf = (value: unknown) => Object.keys(value as object);
const expectKeys = (actual: unknown, sample: unknown) => expect(keysOf(actual)).toEqual(expect.arrayContaining(keysOf(sample)));

/** Every webhook of a bridged inbound call, an outbound call, and each refused outcome. */
async function everyWebhook(): Promise<Sent[]> {
  const sent: Sent[] = [];
  const bridged = fakePlatform((_v, n) =>
    [
      { body: { clientActionId: 'menu', callflow: [capture({ maxDigits: 1 })] } },
      { body: { clientActionId: 'agent', callflow: [{ action: 'makeCall', params: { source: sandboxNumbers[0], destination: '+6531589338' } }] } },
      { body: { callflow: [hangup] } },
    ][n]!,
  );
  const inbound = newCall(bridged.deps, { party: { mode: 'scripted', digits: ['2'] } });
  void runInbound(inbound);
  await runToEnd(inbound);
  sent.push(...bridged.sent);
  for (const outcome of ['ANSWERED', 'BUSY', 'ERROR'] as Outcome[]) {
    const platform = fakePlatform(() => ({ body: { callflow: [hangup] } }));
    const call = newCall(platform.deps, { direction: 'OUTBOUND', from: sandboxNumbers[0], to: '+6591178965', outcome, clientRequestId: 'r1' });
    void runOutbound(call, { callflow: [{ action: 'makeCall', params: { source: sandboxNumbers[0]!, destination: '+6591178965' } }, capture()] });
    await runToEnd(call);
    sent.push(...platform.sent);
  }
  return sent;
}

describe.skipIf(!hasShared)(`webhooks the sandbox emits ${hasShared ? '' : `(${sharedMissing})`}`, () => {
  it('parse with parseWebhook and carry every key of 8x8’s fixtures', async () => {
    const sent = await everyWebhook();
    expect(new Set(sent.map((s) => s.type))).toEqual(new Set(['VCA', 'VCS', 'VSS']));
    for (const { type, body } of sent) {
      const parsed = parseWebhook(type.toLowerCase() as 'vca' | 'vcs' | 'vss', body);
      expect(parsed.ok, JSON.stringify(parsed)).toBe(true);
      if (type === 'VCS') {
        expectKeys(body, fixture('call-status.json'));
        expectKeys(body.payload, fixture('call-status.json').payload);
      } else if (type === 'VCA') {
        const sample = fixture(body.payload.callStatus === 'CALL_RECEIVED' ? 'vca-inbound-call-received.json' : 'vca-dtmf.json');
        expectKeys(body, sample);
        expectKeys(body.payload, sample.payload);
      } else {
        const status = body.payload.sessionStatus;
        const sample = fixture(status === 'ERROR' ? 'vss-error.json' : status === 'BUSY' ? 'vss-busy.json' : 'vss-completed-hangup.json');
        expect(body.version).toBe(5);
        expectKeys(body, sample);
        const { details: _d, clientRequestId: _c, ...sampleRest } = sample.payload;
        expectKeys(body.payload, sampleRest);
        const legs = body.payload.details as Record<string, Record<string, unknown>>;
        const sampleLeg = (sample.payload.details as Record<string, Record<string, unknown>>).callA!;
        for (const leg of Object.values(legs)) {
          const { sourceRefId: _s, destinationRefId: _dr, connectedTimestamp: _ct, callQuality: _q, ...required } = sampleLeg;
          expectKeys(leg, required);
          if (leg.connectedTimestamp) expect(leg.callQuality).toBeDefined();
        }
      }
    }
  });

  it('a call the trunk had no room for sends a summary of exactly vss-error.json’s shape, with -2010', async () => {
    const platform = fakePlatform(() => ({ body: { callflow: [hangup] } }));
    const call = newCall(platform.deps, { direction: 'OUTBOUND', from: sandboxNumbers[0], to: '+6591178965', outcome: 'TRUNK_FULL', clientRequestId: 'r1' });
    void runOutbound(call, { callflow: [{ action: 'makeCall', params: { source: sandboxNumbers[0]!, destination: '+6591178965' } }, capture()] });
    await runToEnd(call);
    const vss = platform.sent.find((s) => s.type === 'VSS')!.body;
    const sample = fixture('vss-error.json');
    const sorted = (value: unknown) => keysOf(value).sort();
    expect(parseWebhook('vss', vss).ok).toBe(true);
    expect(sorted(vss)).toEqual(sorted(sample));
    // The fixture's session was not placed with a clientRequestId; 8x8 echoes one when given.
    const { clientRequestId: _c, ...payload } = vss.payload;
    expect(sorted(payload)).toEqual(sorted(sample.payload));
    expect(sorted(vss.payload.errorDetails)).toEqual(sorted(sample.payload.errorDetails));
    const legs = vss.payload.details as Record<string, Record<string, unknown>>;
    const sampleLegs = sample.payload.details as Record<string, Record<string, unknown>>;
    expect(Object.keys(legs)).toEqual(Object.keys(sampleLegs));
    expect(sorted(legs.callA)).toEqual(sorted(sampleLegs.callA));
    expect(vss.payload).toMatchObject({ sessionStatus: 'ERROR', errorDetails: { errorCode: -2010, errorMsg: 'Trunk capacity exceeded' } });
    expect(legs.callA).toMatchObject({ callStatus: 'FAILED', callDuration: 0 });
  });

  it('a bridged summary has the bridged fixture’s shape: callA and callB, each with quality', async () => {
    const sent = await everyWebhook();
    const bridged = sent.find((s) => s.type === 'VSS' && Object.keys(s.body.payload.details as object).length === 2)!.body;
    const sample = fixture('vss-completed-bridged.json');
    const legs = bridged.payload.details as Record<string, Record<string, unknown>>;
    const sampleLegs = sample.payload.details as Record<string, Record<string, unknown>>;
    expect(Object.keys(legs)).toEqual(Object.keys(sampleLegs));
    const { sourceRefId: _s, ...inboundA } = sampleLegs.callA!;
    expectKeys(legs.callA, { ...inboundA, destinationRefId: null });
    expectKeys(legs.callB, sampleLegs.callB);
    const outbound = sent.find((s) => s.type === 'VSS' && s.body.payload.clientRequestId === 'r1')!;
    expect(outbound).toBeDefined();
  });
});
