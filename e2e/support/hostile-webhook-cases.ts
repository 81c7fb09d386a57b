import { randomBytes, randomUUID } from 'node:crypto';
import { vcaBody } from './api';

// The hostile payloads that got a 500 before (issue 12's measurements), each by name, with
// the answer each must get: hostile-webhooks.spec.ts checks each answer, and the fuzz test
// (webhook-fuzz.spec.ts) sends them again among its bodies.

export type WebhookEndpoint = 'vca' | 'vcs' | 'vss';
export type HostileWebhookCase = { name: string; endpoint: WebhookEndpoint; body: () => string; status: number; message?: RegExp };

export const summary = (sessionId: string, payload: Record<string, unknown> = {}) => ({
  namespace: 'VOICE',
  eventType: 'SESSION_SUMMARY',
  version: 5,
  payload: { sessionId, sessionStatus: 'COMPLETED', startTime: '2026-01-13T08:31:51Z', endTime: '2026-01-13T08:32:08Z', callCount: 1, ...payload },
});

export const callStatus = (payload: Record<string, unknown>) => ({
  namespace: 'VOICE',
  eventType: 'CALL_STATUS',
  payload: { eventId: randomUUID(), sessionId: randomUUID(), callId: 'c1', callStatus: 'CALL_DISCONNECTED', callDirection: 'INBOUND', ...payload },
});

export const hostileWebhookCases: HostileWebhookCase[] = [
  { name: 'an unpaired surrogate in a string (VSS)', endpoint: 'vss', body: () => JSON.stringify(summary(randomUUID(), { lastAction: 'x' })).replace('"x"', '"x\\udfff"'), status: 200 },
  { name: 'an unpaired surrogate in a string (VCS)', endpoint: 'vcs', body: () => JSON.stringify(callStatus({ callType: 'y' })).replace('"y"', '"y\\ud800"'), status: 200 },
  { name: 'a 3,000-character eventId', endpoint: 'vcs', body: () => JSON.stringify(callStatus({ eventId: 'e'.repeat(3000) })), status: 422, message: /eventId: at most 200 characters/ },
  { name: 'a 3,000-character sessionId', endpoint: 'vss', body: () => JSON.stringify(summary('s'.repeat(3000))), status: 422, message: /sessionId: at most 200 characters/ },
  { name: 'a callStatus longer than a NOTIFY payload allows', endpoint: 'vcs', body: () => JSON.stringify(callStatus({ callStatus: 'C'.repeat(9000) })), status: 422, message: /callStatus: at most 64 characters/ },
  { name: 'a timestamp before the year 1', endpoint: 'vss', body: () => JSON.stringify(summary(randomUUID(), { startTime: '-010000-01-01T00:00:00Z' })), status: 422, message: /startTime: a date between the years 1 and 9999/ },
  { name: 'a timestamp after the year 9999', endpoint: 'vss', body: () => JSON.stringify(summary(randomUUID(), { endTime: '+275760-09-13T00:00:00Z' })), status: 422, message: /endTime: a date between/ },
  { name: 'an errorCode of 3000000000', endpoint: 'vss', body: () => JSON.stringify(summary(randomUUID(), { errorDetails: { errorCode: 3_000_000_000 } })), status: 422, message: /errorDetails\.errorCode/ },
  { name: 'an errorCode of 1.5', endpoint: 'vss', body: () => JSON.stringify(summary(randomUUID(), { errorDetails: { errorCode: 1.5 } })), status: 422, message: /errorCode: must be a whole number/ },
  { name: 'a 5,000-deep object under an unknown key (VSS)', endpoint: 'vss', body: () => JSON.stringify(summary(randomUUID())).replace('"version":5', `"version":5,"unknown":${'{"x":'.repeat(5000)}1${'}'.repeat(5000)}`), status: 400, message: /nests deeper than 64/ },
  { name: 'a 5,000-deep object under an unknown key (VCA)', endpoint: 'vca', body: () => JSON.stringify(vcaBody({ sessionId: randomUUID(), dtmf: '1' })).replace('"namespace"', `"unknown":${'['.repeat(5000)}${']'.repeat(5000)},"namespace"`), status: 400, message: /nests deeper than 64/ },
  { name: 'a 3,000-character caller number', endpoint: 'vss', body: () => JSON.stringify(summary(randomUUID(), { details: { callA: { callId: 'a', source: '+1'.repeat(1500) } } })), status: 422, message: /source: at most 200 characters/ },
  // Found by the fuzz test (webhook-fuzz.spec.ts), or the limits it led to.
  { name: 'a NUL character in a string and in a key (VCS)', endpoint: 'vcs', body: () => JSON.stringify(callStatus({ callType: 'a\u0000b', 'k\u0000': 1 })), status: 200 },
  { name: 'a MOS of 1e308 on two legs (their total overflowed)', endpoint: 'vss', body: () => JSON.stringify(summary(randomUUID(), { details: { callA: { callId: 'a', callQuality: { mos: 1e308 } }, callB: { callId: 'b', callQuality: { mos: 1e308 } } } })), status: 200 },
  { name: 'a 900 KB errorMsg', endpoint: 'vss', body: () => JSON.stringify(summary(randomUUID(), { errorDetails: { errorMsg: 'e'.repeat(900_000), errorCode: -2005 } })), status: 200 },
  { name: 'a 300 KB clientActionId and 100,000 digits (VCA)', endpoint: 'vca', body: () => JSON.stringify(vcaBody({ sessionId: randomUUID(), clientActionId: 'c'.repeat(300_000), dtmf: '1'.repeat(100_000) })), status: 200 },
  // Random, so PostgreSQL cannot compress it into an index entry ('k' repeated would fit).
  { name: 'a 3,000-character random leg key', endpoint: 'vss', body: () => JSON.stringify(summary(randomUUID(), { details: { [randomBytes(2250).toString('base64')]: { callId: 'a' } } })), status: 422, message: /^Not a VSS webhook: payload\.details\.\S{20}…\(3000 characters\): a leg key of at most 64 characters$/ },
  { name: 'a 100,000-character eventType', endpoint: 'vcs', body: () => JSON.stringify({ ...callStatus({}), eventType: 'X'.repeat(100_000) }), status: 422, message: /^Not a VCS webhook: eventType: at most 64 characters$/ },
];
