import { randomUUID } from 'node:crypto';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { authHeader, vcaBody } from '../support/api';

// The hostile payloads that got a 500 before (issue 12's measurements), each by name: the
// answer is a 4xx that names what is wrong, or the body is stored safely — never a 500 —
// and the server answers the next request.

const summary = (sessionId: string, payload: Record<string, unknown> = {}) => ({
  namespace: 'VOICE',
  eventType: 'SESSION_SUMMARY',
  version: 5,
  payload: { sessionId, sessionStatus: 'COMPLETED', startTime: '2026-01-13T08:31:51Z', endTime: '2026-01-13T08:32:08Z', callCount: 1, ...payload },
});
const status = (payload: Record<string, unknown>) => ({
  namespace: 'VOICE',
  eventType: 'CALL_STATUS',
  payload: { eventId: randomUUID(), sessionId: randomUUID(), callId: 'c1', callStatus: 'CALL_DISCONNECTED', callDirection: 'INBOUND', ...payload },
});

const post = (request: APIRequestContext, endpoint: 'vca' | 'vcs' | 'vss', body: string) =>
  request.post(`/api/webhooks/8x8/${endpoint}`, { data: Buffer.from(body), headers: { 'Content-Type': 'application/json', ...authHeader } });

const cases: Array<{ name: string; endpoint: 'vca' | 'vcs' | 'vss'; body: () => string; status: number; message?: RegExp }> = [
  { name: 'an unpaired surrogate in a string (VSS)', endpoint: 'vss', body: () => JSON.stringify(summary(randomUUID(), { lastAction: 'x' })).replace('"x"', '"x\\udfff"'), status: 200 },
  { name: 'an unpaired surrogate in a string (VCS)', endpoint: 'vcs', body: () => JSON.stringify(status({ callType: 'y' })).replace('"y"', '"y\\ud800"'), status: 200 },
  { name: 'a 3,000-character eventId', endpoint: 'vcs', body: () => JSON.stringify(status({ eventId: 'e'.repeat(3000) })), status: 422, message: /eventId: at most 200 characters/ },
  { name: 'a 3,000-character sessionId', endpoint: 'vss', body: () => JSON.stringify(summary('s'.repeat(3000))), status: 422, message: /sessionId: at most 200 characters/ },
  { name: 'a callStatus longer than a NOTIFY payload allows', endpoint: 'vcs', body: () => JSON.stringify(status({ callStatus: 'C'.repeat(9000) })), status: 422, message: /callStatus: at most 64 characters/ },
  { name: 'a timestamp before the year 1', endpoint: 'vss', body: () => JSON.stringify(summary(randomUUID(), { startTime: '-010000-01-01T00:00:00Z' })), status: 422, message: /startTime: a date between the years 1 and 9999/ },
  { name: 'a timestamp after the year 9999', endpoint: 'vss', body: () => JSON.stringify(summary(randomUUID(), { endTime: '+275760-09-13T00:00:00Z' })), status: 422, message: /endTime: a date between/ },
  { name: 'an errorCode of 3000000000', endpoint: 'vss', body: () => JSON.stringify(summary(randomUUID(), { errorDetails: { errorCode: 3_000_000_000 } })), status: 422, message: /errorDetails\.errorCode/ },
  { name: 'an errorCode of 1.5', endpoint: 'vss', body: () => JSON.stringify(summary(randomUUID(), { errorDetails: { errorCode: 1.5 } })), status: 422, message: /errorCode: must be a whole number/ },
  { name: 'a 5,000-deep object under an unknown key (VSS)', endpoint: 'vss', body: () => JSON.stringify(summary(randomUUID())).replace('"version":5', `"version":5,"unknown":${'{"x":'.repeat(5000)}1${'}'.repeat(5000)}`), status: 400, message: /nests deeper than 64/ },
  { name: 'a 5,000-deep object under an unknown key (VCA)', endpoint: 'vca', body: () => JSON.stringify(vcaBody({ sessionId: randomUUID(), dtmf: '1' })).replace('"namespace"', `"unknown":${'['.repeat(5000)}${']'.repeat(5000)},"namespace"`), status: 400, message: /nests deeper than 64/ },
  { name: 'a 3,000-character caller number', endpoint: 'vss', body: () => JSON.stringify(summary(randomUUID(), { details: { callA: { callId: 'a', source: '+1'.repeat(1500) } } })), status: 422, message: /source: at most 200 characters/ },
];

for (const hostile of cases) {
  test(`hostile webhook: ${hostile.name} → ${hostile.status}, never a 500`, async ({ request }) => {
    const response = await post(request, hostile.endpoint, hostile.body());
    const text = await response.text();
    expect(response.status(), text).toBe(hostile.status);
    if (hostile.message) expect((JSON.parse(text) as { error: string }).error).toMatch(hostile.message);
    expect((await request.get('/api/health')).status()).toBe(200);
  });
}

test('an unpaired surrogate is stored as U+FFFD, and the summary is readable afterwards', async ({ request }) => {
  const sessionId = randomUUID();
  const response = await post(request, 'vss', JSON.stringify(summary(sessionId, { lastAction: 'HANG' })).replace('"HANG"', '"HANG\\udfff"'));
  expect(response.status(), await response.text()).toBe(200);
  const call = (await (await request.get(`/api/calls/${sessionId}`)).json()) as { session: { lastAction: string } };
  expect(call.session.lastAction).toBe('HANG\uFFFD');
});
