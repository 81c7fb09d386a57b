import { expect, test, type APIRequestContext } from '@playwright/test';
import { createFlow, getCall } from '../support/api';
import { countsOf, expectBalanced, flowOverlay, publishedOverlayFlow, summarized } from '../support/overlay-flow';
import { sandboxCall, sandboxNumbers, scriptedCall, waitForEnd } from '../support/sandbox';

// The designer's overlay endpoint against calls made through the sandbox into the real
// webhooks, on a flow of its own: every count equals the calls made.

/** An inbound call with keys pressed from the test; resolves once its menu is listening. */
async function callerAtTheMenu(request: APIRequestContext, number: string, speed: number) {
  const response = await request.post('/sandbox/api/calls', {
    data: { direction: 'inbound', from: '+6591234567', to: number, party: { mode: 'interactive' }, speed },
  });
  expect(response.status(), await response.text()).toBe(201);
  const { sessionId } = (await response.json()) as { sessionId: string };
  await expect.poll(async () => (await sandboxCall(request, sessionId)).waitingForDigits, { timeout: 15_000, intervals: [50] }).toBe(true);
  return {
    sessionId,
    async hangUp() {
      expect((await request.post(`/sandbox/api/calls/${sessionId}/hangup`)).status()).toBe(202);
      await waitForEnd(request, sessionId);
      await summarized(request, sessionId);
    },
  };
}

test('per-step counts equal the calls made, live and ended, and add up at every step', async ({ request }) => {
  test.setTimeout(120_000);
  const from = new Date(Date.now() - 60_000).toISOString();
  const { flowId, version, number } = await publishedOverlayFlow(request);

  const scripted = await Promise.all([
    scriptedCall(request, { to: number, digits: ['1'] }), // news → end
    scriptedCall(request, { to: number, digits: ['7', '2'] }), // invalid → sorry → main, 2 → end
    scriptedCall(request, { to: number, digits: ['7', '7', '1'] }), // invalid twice, then news → end
    scriptedCall(request, { to: number, digits: [null] }), // no input → bye → end
  ]);
  // Callbacks (launched one at a time by the sandbox): one answered, one busy that nobody heard.
  const answered = await scriptedCall(request, { flowId, from: sandboxNumbers[1], digits: ['2'] });
  const busy = await scriptedCall(request, { flowId, from: sandboxNumbers[1], digits: [], outcome: 'BUSY' });
  expect([...scripted, answered, busy].map((r) => r.outcome)).toEqual(['COMPLETED', 'COMPLETED', 'COMPLETED', 'COMPLETED', 'COMPLETED', 'BUSY']);
  const hungUp = await callerAtTheMenu(request, number, 0.2);
  await hungUp.hangUp();
  for (const r of [...scripted, answered, busy]) await summarized(request, r.sessionId);

  // One caller is listening to the menu right now: in progress there.
  const live = await callerAtTheMenu(request, number, 0.5);
  const during = await flowOverlay(request, flowId, { from, to: new Date(Date.now() + 60_000).toISOString() });
  expect(countsOf(during).nodes.main).toMatchObject({ visits: 10, ended: 1, inProgress: 1 });
  expectBalanced(during);
  await live.hangUp();
  expect((await getCall(request, live.sessionId)).session.finalStatus).toBe('COMPLETED');

  const to = new Date(Date.now() + 60_000).toISOString();
  const overlay = await flowOverlay(request, flowId, { version: String(version.version), from, to });
  expect(overlay).toMatchObject({ flowId, version: { number: version.version, id: version.id, live: true }, from, to, balanced: true });
  // 8 sessions: 7 heard the flow, the busy callback is left out.
  expect(overlay.totals).toEqual({ sessions: 8, counted: 7, notAnswered: 1, unrecorded: 0 });

  const { nodes, edges } = countsOf(overlay);
  expect(nodes).toEqual({
    start: { visits: 7, exits: { next: 7 }, ended: 0, inProgress: 0 },
    // Arrivals: 1 per call, plus 1 per invalid key (sorry loops back).
    main: { visits: 10, exits: { '1': 2, '2': 2, noInput: 1, invalid: 3 }, ended: 2, inProgress: 0 },
    news: { visits: 2, exits: { next: 2 }, ended: 0, inProgress: 0 },
    sorry: { visits: 3, exits: { next: 3 }, ended: 0, inProgress: 0 },
    bye: { visits: 1, exits: { next: 1 }, ended: 0, inProgress: 0 },
    end: { visits: 5, exits: {}, ended: 5, inProgress: 0 },
  });
  expect(overlay.nodes.find((n) => n.nodeId === 'main')!.dropOff).toEqual({ hangUps: 2, noInput: 1, invalid: 3 });
  expect(overlay.nodes.find((n) => n.nodeId === 'end')!.dropOff).toBeNull();
  expect(edges).toEqual({
    'start-main': 7,
    'main-news': 2,
    'main-end': 2,
    'main-sorry': 3,
    'sorry-main': 3,
    'main-bye': 1,
    'news-end': 2,
    'bye-end': 1,
  });
  expectBalanced(overlay);

  // Without a version: the published one; a period before the calls: nothing.
  expect((await flowOverlay(request, flowId, { from, to })).nodes).toEqual(overlay.nodes);
  const before = await flowOverlay(request, flowId, { from: '2026-01-01', to: '2026-01-02' });
  expect(before.totals).toEqual({ sessions: 0, counted: 0, notAnswered: 0, unrecorded: 0 });
  expect(before.nodes.every((n) => n.visits === 0)).toBe(true);
});

test('defaults: the published version and the last 7 days', async ({ request }) => {
  const { flowId, version } = await publishedOverlayFlow(request);
  const overlay = await flowOverlay(request, flowId);
  expect(overlay.version.number).toBe(version.version);
  expect(Date.parse(overlay.to) - Date.parse(overlay.from)).toBe(7 * 24 * 3_600_000);
  expect(overlay.totals.sessions).toBe(0);
  expect(overlay.nodes.map((n) => n.nodeId)).toEqual(['start', 'main', 'news', 'sorry', 'bye', 'end']);
});

test('404 naming what is missing: the flow, the version, a published version', async ({ request }) => {
  const { flowId } = await publishedOverlayFlow(request);
  const unpublished = await createFlow(request, {});
  const cases: Array<[string, Record<string, string>, RegExp]> = [
    ['/api/flows/00000000-0000-4000-8000-000000000000/analytics', {}, /No flow with id/],
    [`/api/flows/${flowId}/analytics`, { version: '9' }, /has no version 9/],
    [`/api/flows/${unpublished}/analytics`, {}, /is not published yet/],
  ];
  for (const [url, params, message] of cases) {
    const response = await request.get(url, { params });
    expect(response.status(), url).toBe(404);
    expect(((await response.json()) as { error: string }).error).toMatch(message);
  }
});

for (const [name, params, message] of [
  ['an unreadable from', { from: 'yesterday-ish' }, /from must be a date/],
  ['from after to', { from: '2026-02-01', to: '2026-01-01' }, /from must be before to/],
  ['a period over 366 days', { from: '2020-01-01', to: '2026-01-01' }, /at most 366 days/],
  ['a version that is not a number', { version: 'latest' }, /version must be a published version number/],
] as const) {
  test(`422 for ${name}, as /api/analytics`, async ({ request }) => {
    const { flowId } = await publishedOverlayFlow(request);
    const response = await request.get(`/api/flows/${flowId}/analytics`, { params });
    expect(response.status()).toBe(422);
    expect(((await response.json()) as { error: string }).error).toMatch(message);
  });
}
