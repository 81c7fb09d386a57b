import { randomUUID } from 'node:crypto';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { authHeader, caller, getCall, publishedTemplate, vcaBody } from '../support/api';

// The server under test enforces WEBHOOK_AUTH_TOKEN (e2e/support/test-server.ts). A
// refused delivery gets a 4xx with a message saying what is wrong, never a 500, and
// leaves no trace in the call history.

const endpoints = ['vca', 'vcs', 'vss'] as const;
type Endpoint = (typeof endpoints)[number];

const vcsBody = (sessionId: string) => ({
  namespace: 'VOICE',
  eventType: 'CALL_STATUS',
  description: 'Status update of a call',
  payload: { eventId: randomUUID(), sessionId, callId: `call-${sessionId}`, callStatus: 'CALL_DISCONNECTED', callDirection: 'INBOUND' },
});
const vssBody = (sessionId: string) => ({
  namespace: 'VOICE',
  eventType: 'SESSION_SUMMARY',
  description: 'Summary of a completed call session',
  version: 5,
  payload: {
    sessionId,
    sessionStatus: 'COMPLETED',
    startTime: '2026-01-13T08:31:51Z',
    endTime: '2026-01-13T08:32:08Z',
    lastAction: 'HANGUP',
    callCount: 1,
    details: { callA: { callId: `call-${sessionId}`, callDirection: 'INBOUND', callStatus: 'COMPLETED', callDuration: 16 } },
  },
});
const validBody = (endpoint: Endpoint, sessionId: string, clientActionId?: string) =>
  endpoint === 'vca' ? vcaBody({ sessionId, dtmf: '1', clientActionId }) : endpoint === 'vcs' ? vcsBody(sessionId) : vssBody(sessionId);

/** Posts `data` as JSON; a string is sent as the raw body (Playwright would JSON-encode it otherwise). */
const post = (request: APIRequestContext, endpoint: Endpoint, data: unknown, headers: Record<string, string> = authHeader) =>
  request.post(`/api/webhooks/8x8/${endpoint}`, {
    data: typeof data === 'string' ? Buffer.from(data) : data,
    headers: { 'Content-Type': 'application/json', ...headers },
  });

/** A refusal: the status, a JSON message matching `message`, never a 500. */
async function expectRefused(response: Awaited<ReturnType<typeof post>>, status: number, message: RegExp) {
  const text = await response.text();
  expect(response.status(), text).toBe(status);
  const body = JSON.parse(text) as { error?: unknown };
  expect(typeof body.error).toBe('string');
  expect(body.error).toMatch(message);
}

/** A call in progress, to show that refused deliveries about it change nothing. */
async function liveCall(request: APIRequestContext) {
  const { number } = await publishedTemplate(request, 'restaurant');
  const line = caller(request, { destination: number });
  const welcome = await line.dial();
  return { sessionId: line.sessionId, clientActionId: welcome.clientActionId, before: await getCall(request, line.sessionId) };
}

test.describe('webhook authentication', () => {
  for (const endpoint of endpoints) {
    test(`${endpoint.toUpperCase()}: a missing or wrong Authorization is 401 and stores nothing`, async ({ request }) => {
      const live = await liveCall(request);
      const body = validBody(endpoint, live.sessionId, live.clientActionId);

      await expectRefused(await post(request, endpoint, body, {}), 401, /Authorization/);
      await expectRefused(await post(request, endpoint, body, { Authorization: 'wrong-token' }), 401, /Authorization/);
      await expectRefused(await post(request, endpoint, body, { Authorization: `Bearer ${authHeader.Authorization}` }), 401, /Authorization/);
      // The token is checked before the body is read.
      await expectRefused(await post(request, endpoint, '{not json', { Authorization: 'wrong-token' }), 401, /Authorization/);

      expect(await getCall(request, live.sessionId)).toEqual(live.before);
    });
  }

  test('an unauthenticated CALL_RECEIVED or summary creates no session', async ({ request }) => {
    const { number } = await publishedTemplate(request, 'restaurant');
    const received = vcaBody({ sessionId: randomUUID(), callStatus: 'CALL_RECEIVED', destination: number });
    await expectRefused(await post(request, 'vca', received, {}), 401, /Authorization/);
    const summary = vssBody(randomUUID());
    await expectRefused(await post(request, 'vss', summary, { Authorization: 'wrong' }), 401, /Authorization/);

    for (const sessionId of [received.payload.sessionId, summary.payload.sessionId]) {
      expect((await request.get(`/api/calls/${sessionId}`)).status()).toBe(404);
    }
  });
});

test.describe('webhook bodies that are refused', () => {
  for (const endpoint of endpoints) {
    test(`${endpoint.toUpperCase()}: malformed JSON and an empty body are 400`, async ({ request }) => {
      const live = await liveCall(request);
      const text = JSON.stringify(validBody(endpoint, live.sessionId, live.clientActionId));

      await expectRefused(await post(request, endpoint, text.slice(0, -1)), 400, /not valid JSON/);
      await expectRefused(await post(request, endpoint, "{ 'single': 'quotes' }"), 400, /not valid JSON/);
      await expectRefused(await post(request, endpoint, ''), 400, /empty/);
      await expectRefused(await post(request, endpoint, '   \n'), 400, /empty/);

      expect(await getCall(request, live.sessionId)).toEqual(live.before);
    });

    test(`${endpoint.toUpperCase()}: a payload without sessionId is 422 naming the field`, async ({ request }) => {
      const body = validBody(endpoint, randomUUID()) as { payload: Record<string, unknown> };
      delete body.payload.sessionId;
      await expectRefused(await post(request, endpoint, body), 422, /payload\.sessionId: required/);
    });
  }

  test('an event posted to the wrong endpoint is 422 naming the right one, and stores nothing', async ({ request }) => {
    const live = await liveCall(request);
    const cases: Array<[Endpoint, unknown, RegExp]> = [
      ['vca', vssBody(live.sessionId), /SESSION_SUMMARY belongs to the VSS endpoint/],
      ['vca', vcsBody(live.sessionId), /CALL_STATUS belongs to the VCS endpoint/],
      ['vss', vcaBody({ sessionId: live.sessionId, dtmf: '1' }), /CALL_ACTION belongs to the VCA endpoint/],
      ['vcs', vssBody(live.sessionId), /SESSION_SUMMARY belongs to the VSS endpoint/],
      ['vss', vcsBody(live.sessionId), /CALL_STATUS belongs to the VCS endpoint/],
    ];
    for (const [endpoint, body, message] of cases) await expectRefused(await post(request, endpoint, body), 422, message);

    // The summary was refused at /vca: the call is still live, untouched.
    const after = await getCall(request, live.sessionId);
    expect(after).toEqual(live.before);
    expect(after.session.endedAt).toBeNull();
  });

  test('a VCA missing eventId is 422 naming it, and does not move the call', async ({ request }) => {
    const live = await liveCall(request);
    const body = vcaBody({ sessionId: live.sessionId, dtmf: '1', clientActionId: live.clientActionId }) as { payload: Record<string, unknown> };
    delete body.payload.eventId;
    await expectRefused(await post(request, 'vca', body), 422, /payload\.eventId: required/);
    expect(await getCall(request, live.sessionId)).toEqual(live.before);
  });

  // Shapes a confused sender might post: each one a 422 saying what is wrong, never a 500.
  const eventTypeOf = { vca: 'CALL_ACTION', vcs: 'CALL_STATUS', vss: 'SESSION_SUMMARY' } as const;
  const junk = (eventType: string): Array<[unknown, RegExp]> => [
    [null, /body: expected object, received null/],
    [42, /body: expected object, received number/],
    [eventType, /body: expected object, received string/],
    [[{ namespace: 'VOICE', eventType }], /body: expected object, received array/],
    [{}, /namespace: required; eventType: required; payload: required/],
    [{ namespace: 'VOICE', eventType }, /payload: required/],
    [{ namespace: 'VOICE', eventType, payload: null }, /payload: expected object, received null/],
    [{ namespace: 'SMS', eventType, payload: {} }, /namespace: expected "VOICE"/],
    [{ namespace: 'VOICE', eventType: 'CALL_DANCE', payload: { sessionId: 's' } }, /CALL_DANCE is not handled/],
    [{ namespace: 'VOICE', eventType, payload: { sessionId: 7, eventId: 'e', callStatus: 'ACTION_COMPLETED' } }, /payload\.sessionId: expected string, received number/],
  ];
  for (const endpoint of endpoints) {
    test(`${endpoint.toUpperCase()}: odd bodies are refused with 422 and a reason, never a 500`, async ({ request }) => {
      for (const [body, message] of junk(eventTypeOf[endpoint])) {
        await expectRefused(await post(request, endpoint, JSON.stringify(body)), 422, message);
      }
    });
  }

  test('a VSS with a malformed leg is 422 naming the leg field', async ({ request }) => {
    const body = vssBody(randomUUID());
    const broken = { ...body, payload: { ...body.payload, details: { callA: { callStatus: 'COMPLETED' } } } };
    await expectRefused(await post(request, 'vss', broken), 422, /payload\.details\.callA\.callId: required/);
    expect((await request.get(`/api/calls/${body.payload.sessionId}`)).status()).toBe(404);
  });

  test('a body over 1 MiB is 413, not a 500', async ({ request }) => {
    const body = vcaBody({ sessionId: randomUUID(), dtmf: '1' });
    const padded = { ...body, payload: { ...body.payload, padding: 'x'.repeat(1024 * 1024) } };
    await expectRefused(await post(request, 'vca', padded), 413, /1 MiB/);
  });
});

test.describe('webhook bodies that are stored with a repair', () => {
  for (const kind of endpoints) {
    // PostgreSQL's text and jsonb refuse NUL; the call must not be lost for it (issue 12).
    test(`a ${kind.toUpperCase()} body with a NUL character is stored with U+FFFD in its place`, async ({ request }) => {
      const live = await liveCall(request);
      const poisoned = { ...validBody(kind, live.sessionId, live.clientActionId), description: 'bad\u0000byte' };
      const response = await post(request, kind, poisoned);
      expect(response.status(), await response.text()).toBe(200);
      const stored = (await getCall(request, live.sessionId)).events.map((e) => e.request as { description?: string });
      expect(stored.map((r) => r.description)).toContain('bad\uFFFDbyte');
    });
  }
});
