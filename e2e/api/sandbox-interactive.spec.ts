import { expect, test } from '@playwright/test';
import type { TranscriptEntry } from '@/lib/sandbox/engine/types';
import { getCall, publishedTemplate } from '../support/api';
import { sandboxCall, waitForEnd } from '../support/sandbox';

// The browser phone's contract: place a call, follow its transcript (SSE), press keys, hang up.

// Slow enough that a polling test catches the menu listening (its 10 s timeout lasts 2 s).
const speed = 0.2;
let number: string;
test.beforeAll(async ({ request }) => {
  ({ number } = await publishedTemplate(request, 'restaurant'));
});

async function placeCall(request: import('@playwright/test').APIRequestContext) {
  const response = await request.post('/sandbox/api/calls', {
    data: { direction: 'inbound', from: '+6591234567', to: number, party: { mode: 'interactive' }, speed },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { sessionId: string }).sessionId;
}

const listening = (request: import('@playwright/test').APIRequestContext, sessionId: string) =>
  expect.poll(async () => (await sandboxCall(request, sessionId)).waitingForDigits, { timeout: 10_000, intervals: [50] }).toBe(true);

test('keys pressed through /digits drive the menu; the event stream replays and follows the call', async ({ request }) => {
  const sessionId = await placeCall(request);
  const stream = request.get(`/sandbox/api/calls/${sessionId}/events`, { timeout: 30_000 });
  await listening(request, sessionId);
  const pressed = await request.post(`/sandbox/api/calls/${sessionId}/digits`, { data: { digits: '3' } });
  expect(pressed.status(), await pressed.text()).toBe(202);

  const response = await stream;
  expect(response.headers()['content-type']).toContain('text/event-stream');
  const events = (await response.text())
    .split('\n\n')
    .filter(Boolean)
    .map((chunk) => JSON.parse(chunk.replace(/^data: /, '')) as TranscriptEntry);
  expect(events.at(-1)).toMatchObject({ kind: 'ended', status: 'COMPLETED' });
  expect(events.filter((e) => e.kind === 'digits').map((e) => e.digits)).toEqual(['3']);
  expect(events.some((e) => e.text === 'Our restaurant hours are between 9AM and 9PM every day of the week.')).toBe(true);

  const call = await sandboxCall(request, sessionId);
  expect(call).toMatchObject({ sessionId, direction: 'inbound', from: '+6591234567', to: number, status: 'ended', outcome: 'COMPLETED', waitingForDigits: false });
  expect(call.transcript).toEqual(events);
  // A stream opened after the end replays everything and closes.
  const replay = await request.get(`/sandbox/api/calls/${sessionId}/events`);
  expect((await replay.text()).split('\n\n').filter(Boolean)).toHaveLength(events.length);

  const late = await request.post(`/sandbox/api/calls/${sessionId}/digits`, { data: { digits: '1' } });
  expect(late.status()).toBe(409);
});

test('the caller hangs up mid-menu: COMPLETED, stored by the product', async ({ request }) => {
  const sessionId = await placeCall(request);
  await listening(request, sessionId);
  const hungUp = await request.post(`/sandbox/api/calls/${sessionId}/hangup`);
  expect(hungUp.status()).toBe(202);
  const call = await waitForEnd(request, sessionId);
  expect(call.outcome).toBe('COMPLETED');
  expect(call.transcript.some((e) => e.kind === 'hangup' && e.text === 'The caller hung up')).toBe(true);
  await expect.poll(async () => (await getCall(request, sessionId)).session.finalStatus).toBe('COMPLETED');
});

test('keys while nothing listens are refused with 409', async ({ request }) => {
  const response = await request.post('/sandbox/api/calls', {
    data: { direction: 'inbound', from: '+6591234567', to: number, party: { mode: 'interactive' }, outcome: 'NO_ANSWER', speed },
  });
  const { sessionId } = (await response.json()) as { sessionId: string };
  const pressed = await request.post(`/sandbox/api/calls/${sessionId}/digits`, { data: { digits: '1' } });
  expect(pressed.status()).toBe(409);
  await request.post(`/sandbox/api/calls/${sessionId}/hangup`);
});

test('bad input is a 4xx with a message, an unknown session 404', async ({ request }) => {
  const cases: Array<[string, unknown, number]> = [
    ['/sandbox/api/calls', { direction: 'outbound', from: '+6591234567', to: number }, 422],
    ['/sandbox/api/calls', { direction: 'inbound', from: 'nobody', to: number }, 422],
    ['/sandbox/api/calls', { direction: 'inbound', from: '+6591234567', to: number, party: { mode: 'scripted', digits: ['1x'] } }, 422],
    ['/sandbox/api/parties', { number: '+6591234567', mode: 'robot' }, 422],
    ['/sandbox/api/scripted-calls', { digits: [] }, 422],
    ['/sandbox/api/scripted-calls', { to: number, flowId: 'x', digits: [] }, 422],
  ];
  for (const [url, data, status] of cases) {
    const response = await request.post(url, { data });
    expect(response.status(), `${url} ${JSON.stringify(data)}`).toBe(status);
    expect(((await response.json()) as { error: string }).error.length).toBeGreaterThan(0);
  }
  const malformed = await request.post('/sandbox/api/calls', { data: Buffer.from('{nope'), headers: { 'Content-Type': 'application/json' } });
  expect(malformed.status()).toBe(400);
  const unknown = '00000000-0000-4000-8000-000000000000';
  expect((await request.get(`/sandbox/api/calls/${unknown}`)).status()).toBe(404);
  expect((await request.get(`/sandbox/api/calls/${unknown}/events`)).status()).toBe(404);
  expect((await request.post(`/sandbox/api/calls/${unknown}/digits`, { data: { digits: '1' } })).status()).toBe(404);
  expect((await request.post(`/sandbox/api/calls/${unknown}/hangup`)).status()).toBe(404);
  const sessionId = await placeCall(request);
  expect((await request.post(`/sandbox/api/calls/${sessionId}/digits`, { data: { digits: 'x' } })).status()).toBe(422);
  await request.post(`/sandbox/api/calls/${sessionId}/hangup`);
});
