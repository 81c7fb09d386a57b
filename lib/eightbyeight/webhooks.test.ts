import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasShared, readShared, sharedDir, sharedMissing } from '../testing/shared';
import { sessionErrorMeaning } from './status-codes';
import { digitsOf, parseWebhook, type WebhookKind } from './webhooks';

const fixtureKinds: Record<string, WebhookKind> = {
  'vca-dtmf.json': 'vca',
  'vca-dtmf-flat.json': 'vca',
  'vca-no-input.json': 'vca',
  'vca-inbound-call-received.json': 'vca',
  'call-status.json': 'vcs',
  'vss-completed-bridged.json': 'vss',
  'vss-busy.json': 'vss',
  'vss-completed-hangup.json': 'vss',
  'vss-error.json': 'vss',
};

function fixture(name: string): unknown {
  return readShared(`fixtures/${name}`);
}

function vca(name: string) {
  const result = parseWebhook('vca', fixture(name));
  if (!result.ok) throw new Error(`${name}: ${result.message}`);
  return result.event;
}

describe.skipIf(!hasShared)(`8x8 webhook fixtures${hasShared ? '' : ` — ${sharedMissing}`}`, () => {
  it('covers every webhook fixture in ../shared', () => {
    const onDisk = readdirSync(path.join(sharedDir, 'fixtures')).filter((f) => /^(vca-|vss-|call-status)/.test(f));
    expect(onDisk.sort()).toEqual(Object.keys(fixtureKinds).sort());
  });

  it.each(Object.entries(fixtureKinds))('%s parses at the %s endpoint', (name, kind) => {
    const result = parseWebhook(kind, fixture(name));
    expect(result).toMatchObject({ ok: true });
  });

  it.each(Object.entries(fixtureKinds))('%s is refused at the other endpoints', (name, kind) => {
    for (const other of (['vca', 'vcs', 'vss'] as const).filter((k) => k !== kind)) {
      const result = parseWebhook(other, fixture(name));
      expect(result).toEqual({
        ok: false,
        message: expect.stringContaining(`belongs to the ${kind.toUpperCase()} endpoint, not ${other.toUpperCase()}`),
      });
    }
  });

  it('reads the digits from either shape', () => {
    expect(digitsOf(vca('vca-dtmf.json').payload)).toBe('1');
    expect(digitsOf(vca('vca-dtmf-flat.json').payload)).toBe('2');
    expect(digitsOf(vca('vca-no-input.json').payload)).toBeNull();
    expect(digitsOf(vca('vca-inbound-call-received.json').payload)).toBeNull();
  });

  it('keeps the fields the runner routes on', () => {
    const { payload } = vca('vca-dtmf.json');
    expect(payload).toMatchObject({ clientActionId: 'ivr1_level1', callDirection: 'OUTBOUND', callDuration: 0 });
    const inbound = vca('vca-inbound-call-received.json').payload;
    expect(inbound).toMatchObject({ callStatus: 'CALL_RECEIVED', sourceRefId: null });
  });

  it('reads session summaries with their legs and errors', () => {
    const bridged = parseWebhook('vss', fixture('vss-completed-bridged.json'));
    if (!bridged.ok) throw new Error(bridged.message);
    expect(bridged.event.version).toBe(5);
    expect(Object.keys(bridged.event.payload.details)).toEqual(['callA', 'callB']);
    expect(bridged.event.payload.details['callB']?.callQuality?.mos).toBe(4.5);

    const failed = parseWebhook('vss', fixture('vss-error.json'));
    if (!failed.ok) throw new Error(failed.message);
    expect(failed.event.payload.errorDetails?.errorCode).toBe(-2005);
    expect(sessionErrorMeaning(-2005)).toBe('text-to-speech failed');
  });
});

const minimalVca = {
  namespace: 'VOICE',
  eventType: 'CALL_ACTION',
  payload: { eventId: 'e1', sessionId: 's1', callStatus: 'DTMF_RECEIVED' },
};

describe('parseWebhook on bodies built here', () => {
  it('accepts the bare minimum and any callStatus', () => {
    const result = parseWebhook('vca', minimalVca);
    expect(result).toMatchObject({ ok: true, event: { payload: { callStatus: 'DTMF_RECEIVED' } } });
  });

  it('keeps keys 8x8 adds later', () => {
    const body = { ...minimalVca, traceId: 't', payload: { ...minimalVca.payload, eventData: { asrCaptured: 'yes' }, newField: 7 } };
    const result = parseWebhook('vca', body);
    if (!result.ok) throw new Error(result.message);
    expect(result.event['traceId']).toBe('t');
    expect(result.event.payload['newField']).toBe(7);
    expect(result.event.payload.eventData?.['asrCaptured']).toBe('yes');
    expect(digitsOf(result.event.payload)).toBeNull();
  });

  it('treats empty digits as none, and prefers eventData over the flat field', () => {
    const digits = (payload: object) => {
      const result = parseWebhook('vca', { ...minimalVca, payload: { ...minimalVca.payload, ...payload } });
      if (!result.ok) throw new Error(result.message);
      return digitsOf(result.event.payload);
    };
    expect(digits({ dtmf: '' })).toBeNull();
    expect(digits({ eventData: { dtmf: '' }, dtmf: '3' })).toBe('3');
    expect(digits({ eventData: { dtmf: '12' }, dtmf: '3' })).toBe('12');
    expect(digits({ eventData: null })).toBeNull();
  });

  it('names the missing or mistyped field', () => {
    const { sessionId: _dropped, ...payload } = minimalVca.payload;
    expect(parseWebhook('vca', { ...minimalVca, payload })).toEqual({ ok: false, message: 'payload.sessionId: required' });

    const mistyped = { ...minimalVca, payload: { ...minimalVca.payload, callDuration: '12' } };
    expect(parseWebhook('vca', mistyped)).toEqual({
      ok: false,
      message: 'payload.callDuration: expected number, received string',
    });

    const leg = { callId: 'c', callDuration: 'long' };
    const vss = { namespace: 'VOICE', eventType: 'SESSION_SUMMARY', payload: { sessionId: 's', details: { callA: leg } } };
    expect(parseWebhook('vss', vss)).toEqual({
      ok: false,
      message: 'payload.details.callA.callDuration: expected number, received string',
    });
  });

  it('cuts absurd digits to what the columns keep, and keeps 8x8-sized ones whole', () => {
    const digits = (dtmf: string) => {
      const result = parseWebhook('vca', { ...minimalVca, payload: { ...minimalVca.payload, eventData: { dtmf } } });
      if (!result.ok) throw new Error(result.message);
      return digitsOf(result.event.payload);
    };
    expect(digits('1'.repeat(25))).toBe('1'.repeat(25));
    expect(digits('1'.repeat(100_000))).toBe('1'.repeat(64));
  });

  it('refuses a leg key past 64 characters (part of a unique index), shortening the key in the message', () => {
    const vss = { namespace: 'VOICE', eventType: 'SESSION_SUMMARY', payload: { sessionId: 's', details: { ['k'.repeat(3000)]: { callId: 'c' } } } };
    expect(parseWebhook('vss', vss)).toEqual({
      ok: false,
      message: `payload.details.${'k'.repeat(20)}…(3000 characters): a leg key of at most 64 characters`,
    });
  });

  it('refuses an eventType past 64 characters without repeating it', () => {
    const result = parseWebhook('vca', { ...minimalVca, eventType: 'X'.repeat(100_000) });
    expect(result).toEqual({ ok: false, message: 'eventType: at most 64 characters' });
  });

  it('defaults a summary without legs to no legs', () => {
    const result = parseWebhook('vss', { namespace: 'VOICE', eventType: 'SESSION_SUMMARY', payload: { sessionId: 's' } });
    expect(result).toMatchObject({ ok: true, event: { payload: { details: {} } } });
  });

  it('says which endpoint a misdirected event belongs to', () => {
    const summary = { namespace: 'VOICE', eventType: 'SESSION_SUMMARY', payload: { sessionId: 's' } };
    expect(parseWebhook('vca', summary)).toEqual({
      ok: false,
      message: 'eventType SESSION_SUMMARY belongs to the VSS endpoint, not VCA',
    });
    expect(parseWebhook('vss', { ...minimalVca, eventType: 'RECORDING_UPLOADED' })).toEqual({
      ok: false,
      message: 'eventType RECORDING_UPLOADED is not handled by the VSS endpoint (expected SESSION_SUMMARY)',
    });
  });

  it.each([
    [null, 'body: expected object, received null'],
    ['hello', 'body: expected object, received string'],
    [[1, 2], 'body: expected object, received array'],
    [{}, 'namespace: required; eventType: required; payload: required'],
    [{ ...minimalVca, namespace: 'SMS' }, 'namespace: expected "VOICE"'],
    [{ ...minimalVca, payload: 'x' }, 'payload: expected object, received string'],
  ])('refuses garbage %j', (body, message) => {
    expect(parseWebhook('vca', body)).toEqual({ ok: false, message });
  });
});
