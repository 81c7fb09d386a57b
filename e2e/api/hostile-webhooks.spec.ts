import { randomUUID } from 'node:crypto';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { authHeader, getCall, vcaBody } from '../support/api';
import { hostileWebhookCases, summary, type WebhookEndpoint } from '../support/hostile-webhook-cases';

// The hostile payloads that got a 500 before (issue 12's measurements), each by name: the
// answer is a 4xx that names what is wrong, or the body is stored safely — never a 500 —
// and the server answers the next request. The fuzz test sends the same cases among its own.

const post = (request: APIRequestContext, endpoint: WebhookEndpoint, body: string) =>
  request.post(`/api/webhooks/8x8/${endpoint}`, { data: Buffer.from(body), headers: { 'Content-Type': 'application/json', ...authHeader } });

for (const hostile of hostileWebhookCases) {
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

test('NUL is stored as U+FFFD, in values and keys, and the summary is readable afterwards', async ({ request }) => {
  const sessionId = randomUUID();
  const body = JSON.stringify(summary(sessionId, { lastAction: 'HANG\u0000', 'odd\u0000key': 'x\u0000' }));
  const response = await post(request, 'vss', body);
  expect(response.status(), await response.text()).toBe(200);
  const call = await getCall(request, sessionId);
  expect(call.session.lastAction).toBe('HANG\uFFFD');
  expect(call.events[0]!.request).toMatchObject({ payload: { 'odd\uFFFDkey': 'x\uFFFD' } });
});

test('free text past its column is stored cut, and the stored request keeps it whole', async ({ request }) => {
  const sessionId = randomUUID();
  const errorMsg = 'e'.repeat(600_000);
  const callType = 'P'.repeat(300_000);
  const body = summary(sessionId, { errorDetails: { errorMsg, errorCode: -2005 }, details: { callA: { callId: 'a', callType, callQuality: { mos: 1e308 } } } });
  const response = await post(request, 'vss', JSON.stringify(body));
  expect(response.status(), await response.text()).toBe(200);
  const call = await getCall(request, sessionId);
  expect(call.session.errorMessage).toBe('e'.repeat(2000));
  expect(call.legs[0]).toMatchObject({ callType: 'P'.repeat(64), mos: null });
  // A MOS off 8x8's 1–5 scale is no score: the session counts no scored leg.
  expect(call.session.mosLegs).toBe(0);
  expect(call.events[0]!.request).toMatchObject({ payload: { errorDetails: { errorMsg }, details: { callA: { callType } } } });
});

test('a VCA with a 300 KB clientActionId and 100,000 digits is answered, stored cut, its request kept whole', async ({ request }) => {
  const sessionId = randomUUID();
  const clientActionId = 'c'.repeat(300_000);
  const body = vcaBody({ sessionId, callStatus: 'CALL_RECEIVED', clientActionId, dtmf: '1'.repeat(100_000), destination: '+6500000000' });
  const response = await post(request, 'vca', JSON.stringify(body));
  expect(response.status(), await response.text()).toBe(200);
  expect(((await response.json()) as { callflow: unknown[] }).callflow.length).toBeGreaterThan(0);
  const [event] = (await getCall(request, sessionId)).events;
  expect(event).toMatchObject({ clientActionId: 'c'.repeat(200), dtmf: '1'.repeat(64), request: { payload: { clientActionId } } });
});
