import { randomBytes } from 'node:crypto';
import type { Body, Endpoint } from './base-bodies';
import { nested } from './hostile-values';
import { KeyList, RawToken } from './json-text';

// The cases issue 12 names, each sent once per endpoint it applies to before the random
// ones: `body` changes the valid body, `wire` the bytes it is written as.

export type NamedCase = {
  name: string;
  only?: Endpoint;
  body?: (body: Body) => unknown;
  wire?: (bytes: Buffer) => { bytes?: Buffer; contentType?: string | null; chunked?: boolean };
};

const oneMiB = 1024 * 1024;
const withPayload = (body: Body, extra: Record<string, unknown>) => ({ ...body, payload: { ...body.payload, ...extra } });
const firstLeg = (body: Body, extra: Record<string, unknown>) => {
  const details = body.payload.details as Record<string, Record<string, unknown>>;
  return withPayload(body, { details: { ...details, callA: { ...details.callA, ...extra } } });
};
/** Random letters and digits: PostgreSQL cannot compress them into an index entry, as it would 'k' repeated. */
const incompressible = (length: number) => randomBytes(length).toString('base64').slice(0, length);
const padTo = (bytes: Buffer, total: number) => Buffer.concat([bytes, Buffer.alloc(total - bytes.length, 0x20)]);

function mapStrings(value: unknown, change: (text: string) => string): unknown {
  if (typeof value === 'string') return change(value);
  if (Array.isArray(value)) return value.map((inner) => mapStrings(inner, change));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, change)]));
  return value;
}

export const namedCases: NamedCase[] = [
  { name: 'NUL in a free-text field', body: (b) => withPayload(b, { subAccountId: 'a\u0000b' }) },
  { name: 'NUL in a key', body: (b) => withPayload(b, { 'k\u0000': 1 }) },
  { name: 'NUL in the sessionId', body: (b) => withPayload(b, { sessionId: `${String(b.payload.sessionId)}\u0000` }) },
  { name: 'the text \\u0000 (a backslash, not NUL)', body: (b) => withPayload(b, { subAccountId: '\\u0000' }) },
  { name: 'a raw NUL byte inside a string (not JSON)', wire: (bytes) => ({ bytes: Buffer.from(bytes.toString().replace('"VOICE"', '"VO\u0000ICE"')) }) },
  { name: 'an unpaired surrogate after every string', body: (b) => mapStrings(b, (s) => `${s}\uD800`) },
  { name: 'arrays nested 64 deep (the limit)', body: (b) => withPayload(b, { extra: nested(62, 'array') }) },
  { name: 'objects nested 65 deep (one past the limit)', body: (b) => withPayload(b, { extra: nested(63, 'object') }) },
  { name: 'a body of exactly 1 MiB', wire: (bytes) => ({ bytes: padTo(bytes, oneMiB) }) },
  { name: 'a body of 1 MiB + 1 byte, its length declared', wire: (bytes) => ({ bytes: padTo(bytes, oneMiB + 1) }) },
  { name: 'a body of 1.5 MiB, chunked without a length', wire: (bytes) => ({ bytes: padTo(bytes, oneMiB * 1.5), chunked: true }) },
  { name: '1e309 (Infinity once parsed) in a number field', body: (b) => withPayload(b, { callDuration: new RawToken('1e309'), callCount: new RawToken('1e309') }) },
  { name: '-0 in a number field', body: (b) => withPayload(b, { callDuration: new RawToken('-0'), sipCode: new RawToken('-0'), callCount: new RawToken('-0') }) },
  { name: 'INT64 max + 1 in an integer field', body: (b) => withPayload(b, { sipCode: new RawToken('9223372036854775808'), callCount: new RawToken('9223372036854775808') }) },
  { name: 'a timestamp in the year 10000 through its offset', body: (b) => withPayload(b, { timestamp: '9999-12-31T23:59:59.999-01:00', endTime: '9999-12-31T23:59:59.999-01:00' }) },
  { name: 'a timestamp in the year 0 through its offset', body: (b) => withPayload(b, { timestamp: '0001-01-01T00:00:00+01:00', startTime: '0001-01-01T00:00:00+01:00' }) },
  { name: 'a timestamp that does not parse', body: (b) => withPayload(b, { timestamp: '2026-13-45T99:99:99Z', startTime: 'now', endTime: '' }) },
  { name: 'truncated JSON', wire: (bytes) => ({ bytes: bytes.subarray(0, Math.floor(bytes.length / 2)) }) },
  { name: 'bytes that are not UTF-8 inside a string', wire: (bytes) => ({ bytes: Buffer.from(bytes.toString('latin1').replace('"VOICE"', '"VOICE\xff\xc3"'), 'latin1') }) },
  { name: 'a UTF-8 BOM', wire: (bytes) => ({ bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]) }) },
  { name: 'an empty body', wire: () => ({ bytes: Buffer.alloc(0) }) },
  { name: 'a text/plain Content-Type', wire: () => ({ contentType: 'text/plain' }) },
  { name: 'no Content-Type', wire: () => ({ contentType: null }) },
  {
    name: '__proto__ and constructor keys in the payload',
    body: (b) => ({ ...b, payload: new KeyList([['__proto__', { polluted: true }], ['constructor', { prototype: { polluted: true } }], ...Object.entries(b.payload)]) }),
  },
  { name: 'eventType twice, the last one wrong', body: (b) => new KeyList([...Object.entries(b), ['eventType', 'VOICE_MAIL']]) },
  { name: 'the eventType of another endpoint', body: (b) => ({ ...b, eventType: b.eventType === 'CALL_STATUS' ? 'CALL_ACTION' : 'CALL_STATUS' }) },
  { name: 'an array as the payload', body: (b) => ({ ...b, payload: [b.payload] }) },
  { name: 'a 300 KB free-text field', body: (b) => withPayload(b, { subAccountId: 'x'.repeat(300_000), callType: '中'.repeat(100_000) }) },
  { name: 'an 800 KB description of emoji', body: (b) => ({ ...b, description: '😀'.repeat(200_000) }) },
  { name: 'a 300 KB clientActionId', only: 'vca', body: (b) => withPayload(b, { clientActionId: 'c'.repeat(300_000) }) },
  { name: 'a clientActionId naming a 300 KB version', only: 'vca', body: (b) => withPayload(b, { clientActionId: `${'v'.repeat(300_000)}:welcome` }) },
  { name: 'a 100,000-digit dtmf', only: 'vca', body: (b) => withPayload(b, { dtmf: '1'.repeat(100_000), eventData: { dtmf: '2'.repeat(100_000) } }) },
  { name: 'a 900 KB errorMsg', only: 'vss', body: (b) => withPayload(b, { errorDetails: { errorMsg: 'e'.repeat(900_000), errorCode: -2005 } }) },
  { name: 'a 300 KB callType on a leg', only: 'vss', body: (b) => firstLeg(b, { callType: 'P'.repeat(300_000) }) },
  { name: 'a 3,000-character random leg key (past a btree entry)', only: 'vss', body: (b) => withPayload(b, { details: { [incompressible(3000)]: { callId: 'long-key' } } }) },
  { name: 'a __proto__ leg key', only: 'vss', body: (b) => withPayload(b, { details: new KeyList([['__proto__', { callId: 'proto-leg' }]]) }) },
  { name: '5,000 legs', only: 'vss', body: (b) => withPayload(b, { details: Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`leg${i}`, { callId: `c${i}` }])) }) },
  { name: 'a MOS of 1e308 on two legs (their sum overflows)', only: 'vss', body: (b) => withPayload(b, { details: { callA: { callId: 'a', callQuality: { mos: 1e308 } }, callB: { callId: 'b', callQuality: { mos: 1e308 } } } }) },
  { name: 'a negative and a huge callDuration on a leg', only: 'vss', body: (b) => firstLeg(b, { callDuration: -1e300 }) },
];
