import { describe, expect, it } from 'vitest';
import { builtinSpeechProfiles } from '@/lib/eightbyeight/builtin-speech-profiles';
import { cpuMs } from '@/lib/testing/cpu-time';
import { isAudioFileUrl, maxActions, validateCallflow, type ValidationOptions } from './validate-callflow';

// 8x8's Send Callflow rules as the sandbox applies them: each documented status code
// is reachable, with the HTTP status and wording 8x8 answers (../shared/8x8/README.md).

const now = new Date('2026-01-13T08:00:00Z');
const options: ValidationOptions = {
  requireMakeCallFirst: true,
  speechProfiles: new Set(builtinSpeechProfiles.map((p) => p.speechProfileCode)),
  allowedSources: new Set(['+6568332048', '+6561115777']),
  now,
};

const makeCall = { action: 'makeCall', params: { source: '+6568332048', destination: '+6591234567' } };
const say = (params: Record<string, unknown> = {}) => ({
  action: 'say',
  params: { text: 'Hello', voiceProfile: 'en-US-BenjaminRUS', ...params },
});
const capture = (params: Record<string, unknown> = {}) => ({
  action: 'sayAndCapture',
  params: { promptMessage: 'Press one', voiceProfile: 'en-US-BenjaminRUS', ...params },
});
const playFile = (params: Record<string, unknown> = {}) => ({
  action: 'playFile',
  params: { fileUrl: 'https://example.com/hold.mp3', ...params },
});
const hangup = { action: 'hangup' };

/** A callflow led by a valid makeCall, the way Send Callflow needs it. */
const afterCall = (...steps: unknown[]) => ({ callflow: [makeCall, ...steps] });
const check = (body: unknown, extra: Partial<ValidationOptions> = {}) => validateCallflow(body, { ...options, ...extra });

const refused = (statusCode: number, statusMessage: string | RegExp, httpStatus = 400) => ({
  httpStatus,
  statusCode,
  statusMessage: typeof statusMessage === 'string' ? statusMessage : expect.stringMatching(statusMessage),
});

describe('validateCallflow accepts what 8x8 accepts', () => {
  it('accepts a callflow using every action with its optional params in range', () => {
    const body = afterCall(
      say({ repetition: 3, speed: 0.5 }),
      playFile({ repetition: 1, fileUrl: 'http://example.com/a.WAV?v=2' }),
      capture({ minDigits: 1, maxDigits: 25, digitTimeout: 5000, overallTimeout: 20000, completeOnHash: false, speed: 2 }),
    );
    expect(check({ ...body, validUntil: '2026-01-13T09:00:00Z', clientRequestId: 'r1' })).toBeNull();
  });

  it('accepts equal digit and overall timeouts, as 8x8’s own guides send them (10000/10000)', () => {
    expect(check(afterCall(capture({ maxDigits: 1, digitTimeout: 10000, overallTimeout: 10000 })))).toBeNull();
  });

  it('accepts a source written without "+" when the allowed number has one', () => {
    expect(check({ callflow: [{ action: 'makeCall', params: { source: '6561115777', destination: '6512345678' } }] })).toBeNull();
  });

  it('accepts exactly the action limit and text of exactly 3000 characters', () => {
    expect(check(afterCall(...Array.from({ length: maxActions - 1 }, () => say())))).toBeNull();
    expect(check(afterCall(say({ text: 'a'.repeat(3000) })))).toBeNull();
  });

  it('lets a VCA reply start with any action and any source when asked to', () => {
    expect(check({ callflow: [say(), hangup] }, { requireMakeCallFirst: false })).toBeNull();
    const bridge = { action: 'makeCall', params: { source: '+6599999999', destination: '+6591234567' } };
    expect(check({ callflow: [bridge] }, { allowedSources: new Set() })).toBeNull();
  });
});

describe('validateCallflow refuses with 8x8’s status codes', () => {
  it.each([
    ['no body (malformed JSON)', undefined],
    ['a body that is not an object', [makeCall]],
    ['no callflow', { clientRequestId: 'x' }],
    ['a callflow that is not a list', { callflow: makeCall }],
    ['an empty callflow', { callflow: [] }],
  ])('-1001 for %s', (_what, body) => {
    expect(check(body)).toEqual(refused(-1001, 'Invalid JSON request body'));
  });

  it.each([
    ['say with an unknown voice', say({ voiceProfile: 'xx-XX-Nobody' })],
    ['say without a voice', { action: 'say', params: { text: 'Hello' } }],
    ['sayAndCapture with an unknown voice', capture({ voiceProfile: 'en-US' })],
  ])('-1002 for %s', (_what, step) => {
    expect(check(afterCall(step))).toEqual(refused(-1002, 'Speech profile or language parameter invalid'));
  });

  it('-1003 when minDigits comes without a valid maxDigits', () => {
    const expected = refused(-1003, 'Valid maxDigits required when minDigits provided');
    expect(check(afterCall(capture({ minDigits: 1 })))).toEqual(expected);
    expect(check(afterCall(capture({ minDigits: 1, maxDigits: '4' })))).toEqual(expected);
  });

  it('-1005 when digitTimeout comes without a valid overallTimeout', () => {
    const expected = refused(-1005, 'Valid overallTimeout is required when digitTimeout provided');
    expect(check(afterCall(capture({ digitTimeout: 5000 })))).toEqual(expected);
    expect(check(afterCall(capture({ digitTimeout: 5000, overallTimeout: 'long' })))).toEqual(expected);
  });

  it('-1006 when overallTimeout is shorter than digitTimeout', () => {
    expect(check(afterCall(capture({ digitTimeout: 10000, overallTimeout: 9999 })))).toEqual(
      refused(-1006, 'overallTimeout must exceed digitTimeout'),
    );
  });

  it.each([
    ['an unknown action', { action: 'dial', params: {} }],
    ['a step without an action', { params: {} }],
    ['a step that is not an object', 'say'],
  ])('-1007 for %s, naming the step', (_what, step) => {
    expect(check(afterCall(step))).toEqual(refused(-1007, /^\$\.callflow\[1\]\.action should be one of: makeCall,say,playFile,sayAndCapture,hangup$/));
  });

  it.each([
    ['missing', {}],
    ['0', { maxDigits: 0 }],
    ['26', { maxDigits: 26 }],
    ['not a whole number', { maxDigits: 2.5 }],
  ])('-1008 when completeOnHash is false and maxDigits is %s', (_what, params) => {
    expect(check(afterCall(capture({ completeOnHash: false, ...params })))).toEqual(
      refused(-1008, 'Valid maxDigits is required when completeOnHash is false'),
    );
  });

  it('does not need maxDigits when completeOnHash is left at its default (true)', () => {
    expect(check(afterCall(capture({ completeOnHash: true })))).toBeNull();
  });

  const entry = (path: string) => refused(-1009, new RegExp(`^Invalid call flow entry provided\\. ${path.replace(/[$.[\]]/g, '\\$&')} `));
  it.each([
    ['say without params', { action: 'say' }, '$.callflow[1].params'],
    ['say without text', { action: 'say', params: { voiceProfile: 'en-GB-Emma' } }, '$.callflow[1].params.text'],
    ['say with empty text', say({ text: '' }), '$.callflow[1].params.text'],
    ['say with repetition 0', say({ repetition: 0 }), '$.callflow[1].params.repetition'],
    ['say with repetition 4', say({ repetition: 4 }), '$.callflow[1].params.repetition'],
    ['say with repetition 1.5', say({ repetition: 1.5 }), '$.callflow[1].params.repetition'],
    ['say with speed 0.4', say({ speed: 0.4 }), '$.callflow[1].params.speed'],
    ['say with speed 2.1', say({ speed: 2.1 }), '$.callflow[1].params.speed'],
    ['say with speed as text', say({ speed: '1' }), '$.callflow[1].params.speed'],
    ['say with 3001 characters', say({ text: 'a'.repeat(3001) }), '$.callflow[1].params.text'],
    ['sayAndCapture with a 3001-character prompt', capture({ promptMessage: 'a'.repeat(3001) }), '$.callflow[1].params.promptMessage'],
    ['sayAndCapture with speed 3', capture({ speed: 3 }), '$.callflow[1].params.speed'],
    ['playFile without fileUrl', { action: 'playFile', params: {} }, '$.callflow[1].params.fileUrl'],
    ['playFile with an ftp URL', playFile({ fileUrl: 'ftp://example.com/a.mp3' }), '$.callflow[1].params.fileUrl'],
    ['playFile with an .ogg file', playFile({ fileUrl: 'https://example.com/a.ogg' }), '$.callflow[1].params.fileUrl'],
    ['playFile with repetition 5', playFile({ repetition: 5 }), '$.callflow[1].params.repetition'],
    ['makeCall without destination', { action: 'makeCall', params: { source: '+6568332048' } }, '$.callflow[1].params.destination'],
  ])('-1009 for %s, naming the JSON path', (_what, step, path) => {
    expect(check(afterCall(step))).toEqual(entry(path));
  });

  it('-1009 for a validUntil that is not a date-time', () => {
    expect(check({ ...afterCall(), validUntil: 'tomorrow' })).toEqual(entry('$.validUntil'));
  });

  it('-1010 past the action limit', () => {
    expect(check(afterCall(...Array.from({ length: maxActions }, () => say())))).toEqual(refused(-1010, /^Too many actions/));
  });

  it('-1011 for more destinations than a call and its bridge', () => {
    expect(check(afterCall(makeCall, makeCall))).toEqual(refused(-1011, 'Multiple destination numbers'));
  });

  it('-1012 for a hangup after sayAndCapture (the digits would be dropped)', () => {
    expect(check(afterCall(capture(), say(), hangup))).toEqual(refused(-1012, /^Incorrect use of hangup/));
    expect(check(afterCall(say(), hangup))).toBeNull();
  });

  it('-1013 (HTTP 422) when the first action is not makeCall', () => {
    expect(check({ callflow: [say(), makeCall] })).toEqual(refused(-1013, 'Invalid Callflow : First action should be a MakeCall action', 422));
  });

  it('-1014 for a source outside the subaccount’s numbers', () => {
    const body = { callflow: [{ action: 'makeCall', params: { source: '+6591111111', destination: '+6591234567' } }] };
    expect(check(body)).toEqual(refused(-1014, 'Source / caller ID not allowed'));
  });

  it('-1015 for a validUntil in the past', () => {
    expect(check({ ...afterCall(), validUntil: '2026-01-13T07:59:59Z' })).toEqual(refused(-1015, 'Validity period expired'));
  });

  it.each([['letters', 'call-me'], ['a leading zero', '+0612345678'], ['too few digits', '+12345'], ['too many digits', '+1234567890123456']])(
    '-1017 for a destination with %s',
    (_what, destination) => {
      const body = { callflow: [{ action: 'makeCall', params: { source: '+6568332048', destination } }] };
      expect(check(body)).toEqual(refused(-1017, 'Invalid MSISDN in destination'));
    },
  );
});

describe('isAudioFileUrl', () => {
  const reference = /^https?:\/\/.+\.(mp3|wav)(\?.*)?$/i;
  const samples = [
    'https://example.com/a.mp3',
    'http://example.com/a.WAV?v=2',
    'HTTPS://x.mp3',
    'http://.mp3',
    'http://a.mp3?',
    'http://a/b?c.mp3',
    'http://a.mp3?x\ny',
    'http://a\n.mp3',
    'http://a.mp3\n',
    'http://a.mp3x',
    'http://a.mp3.wav?.ogg',
    'http://a.ogg?b.mp3',
    'ftp://a.mp3',
    'https:/a.mp3',
    'http://a.mp4',
    '',
  ];
  it.each(samples)('agrees with the regex 8x8’s rule was written as: %j', (url) => expect(isAudioFileUrl(url)).toBe(reference.test(url)));

  it('answers in milliseconds for 120,000 characters of ".mp3?" (the regex took seconds)', () => {
    const answers: boolean[] = [];
    const spent = cpuMs(() => answers.push(isAudioFileUrl(`http://${'a.mp3?'.repeat(20_000)}\n`), isAudioFileUrl(`http://${'a.mp3?'.repeat(20_000)}`)));
    expect(spent).toBeLessThan(100);
    expect(answers).toEqual([false, true]);
  });
});
