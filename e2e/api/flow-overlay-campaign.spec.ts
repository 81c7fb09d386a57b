import { expect, request as playwrightRequest, test, type APIRequestContext } from '@playwright/test';
import type { FlowCampaign } from '@/lib/analytics/flow-overlay-query';
import { createCampaign } from '../support/campaigns';
import { countsOf, expectBalanced, flowOverlay, publishedOverlayFlow, summarized } from '../support/overlay-flow';
import { runCampaign } from '../support/overlay-campaign';
import { scriptedCall } from '../support/sandbox';
import { storageStatePath, testServer } from '../support/test-server';

// The overlay endpoint filtered to one campaign: only the calls its attempts made, while
// calls of the same flow and version (a caller dialing in, another campaign's) fall in the
// same period. Its input is checked, and reading it takes a signed-in role.

test.describe.configure({ mode: 'serial', timeout: 240_000 });

const asRole = (role: 'admin' | 'viewer') =>
  playwrightRequest.newContext({ baseURL: testServer.baseUrl, storageState: storageStatePath(role), extraHTTPHeaders: { Origin: testServer.baseUrl } });

let flowId = '';
let pressedOne = '';
let pressedTwo = '';
let foreign = '';
let period: Record<string, string> = {};

test.beforeAll(async () => {
  const admin = await asRole('admin');
  const from = new Date(Date.now() - 60_000).toISOString();
  const flow = await publishedOverlayFlow(admin);
  flowId = flow.flowId;
  // Not a campaign's: a caller dialing in, on the same version, in the same period.
  const inbound = await scriptedCall(admin, { to: flow.number, digits: ['7', '2'] }); // invalid → sorry → main, 2 → end
  await summarized(admin, inbound.sessionId);
  pressedOne = (await runCampaign(admin, flowId, 3, ['1'])).id; // main → news → end, three times
  pressedTwo = (await runCampaign(admin, flowId, 1, ['2'])).id; // main → end
  const other = await publishedOverlayFlow(admin);
  foreign = await createCampaign(admin, other.flowId);
  period = { from, to: new Date(Date.now() + 60_000).toISOString() };
  await admin.dispose();
});

test('counts only the chosen campaign’s calls, on the version it ran', async ({ request }) => {
  const all = await flowOverlay(request, flowId, period);
  expect(all.campaign).toBeNull();
  expect(all.totals.counted).toBe(5);
  expect(countsOf(all).nodes.main).toMatchObject({ visits: 6 });

  const ours = await flowOverlay(request, flowId, { ...period, campaign: pressedOne });
  expect(ours.campaign).toEqual({ id: pressedOne, name: expect.any(String) });
  expect(ours.version).toMatchObject({ number: 1, live: true });
  expect(ours.totals).toEqual({ sessions: 3, counted: 3, notAnswered: 0, unrecorded: 0 });
  const { nodes, edges } = countsOf(ours);
  expect(nodes.main).toMatchObject({ visits: 3, exits: { '1': 3, '2': 0, invalid: 0, noInput: 0 } });
  expect(nodes.sorry).toMatchObject({ visits: 0 });
  expect(nodes.news).toMatchObject({ visits: 3 });
  expect(nodes.end).toMatchObject({ visits: 3, ended: 3 });
  expect(edges).toMatchObject({ 'start-main': 3, 'main-news': 3, 'main-end': 0, 'main-sorry': 0 });
  expectBalanced(ours);

  const theirs = await flowOverlay(request, flowId, { ...period, campaign: pressedTwo, version: '1' });
  expect(theirs.totals).toMatchObject({ sessions: 1, counted: 1 });
  expect(countsOf(theirs).edges).toMatchObject({ 'main-end': 1, 'main-news': 0 });
  expectBalanced(theirs);
});

test('lists the campaigns that ran the flow, the latest first', async ({ request }) => {
  const response = await request.get(`/api/flows/${flowId}/campaigns`);
  expect(response.status(), await response.text()).toBe(200);
  const { campaigns } = (await response.json()) as { campaigns: FlowCampaign[] };
  expect(campaigns.map((c) => [c.id, c.version, c.status])).toEqual([
    [pressedTwo, 1, 'DONE'],
    [pressedOne, 1, 'DONE'],
  ]);
});

test('an unknown, malformed or other flow’s campaign is refused with what to fix', async ({ request }) => {
  const refusal = async (campaign: string) => {
    const response = await request.get(`/api/flows/${flowId}/analytics`, { params: { campaign } });
    return { status: response.status(), error: ((await response.json()) as { error: string }).error };
  };
  expect(await refusal('6f1c2a4e-0000-4000-8000-000000000000')).toEqual({ status: 404, error: 'No campaign with id 6f1c2a4e-0000-4000-8000-000000000000' });
  expect(await refusal(foreign)).toEqual({ status: 400, error: expect.stringMatching(/^Campaign ".+" runs another flow, not .+: pick one of this flow's campaigns$/) });
  expect(await refusal('renewals')).toEqual({ status: 422, error: expect.stringContaining('campaign must be a campaign id (a UUID)') });
  // The other flow's own overlay takes it.
  const other = (await (await request.get(`/api/campaigns/${foreign}`)).json()) as { flowId: string };
  expect((await request.get(`/api/flows/${other.flowId}/analytics`, { params: { campaign: foreign } })).status()).toBe(200);
});

test('reading a campaign’s calls takes a signed-in role: the least (viewer) may, a stranger may not', async () => {
  const viewer = await asRole('viewer');
  expect((await viewer.get(`/api/flows/${flowId}/analytics`, { params: { campaign: pressedOne } })).status()).toBe(200);
  expect((await viewer.get(`/api/flows/${flowId}/campaigns`)).status()).toBe(200);
  await viewer.dispose();

  // No cookie (the config's signed-in state is not inherited), then a made-up API token.
  const signedOut = { baseURL: testServer.baseUrl, storageState: { cookies: [], origins: [] } };
  const strangers: APIRequestContext[] = [
    await playwrightRequest.newContext(signedOut),
    await playwrightRequest.newContext({ ...signedOut, extraHTTPHeaders: { Authorization: 'Bearer ivr_not-a-token' } }),
  ];
  for (const stranger of strangers) {
    for (const path of [`/api/flows/${flowId}/analytics?campaign=${pressedOne}`, `/api/flows/${flowId}/campaigns`]) {
      const response = await stranger.get(path);
      expect(response.status(), path).toBe(401);
      expect(await response.text()).not.toContain(pressedTwo);
    }
    await stranger.dispose();
  }
});
