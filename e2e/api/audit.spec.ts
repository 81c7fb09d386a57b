import { randomUUID } from 'node:crypto';
import { expect, request as playwrightRequest, test, type APIRequestContext } from '@playwright/test';
import { createFlow, publish, uniqueNumber } from '../support/api';
import { scriptedCall } from '../support/sandbox';
import { testServer } from '../support/test-server';

// The audit log over HTTP: real changes made through the API, then the entries they left —
// who, from which address, what — through GET /api/audit and its CSV export. The server
// runs on 127.0.0.1, so that is every entry's address whatever a client claims.

type Entry = {
  id: string;
  at: string;
  actorType: string;
  actorId: string | null;
  actorLabel: string;
  ip: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  summary: string;
  details: Record<string, unknown> | null;
};
type Page = { entries: Entry[]; page: number; pageSize: number; hasMore: boolean };

const admin = { actorType: 'user', actorLabel: testServer.admin.email, ip: '127.0.0.1' };

async function audit(request: APIRequestContext, query: Record<string, string>): Promise<Entry[]> {
  const response = await request.get(`/api/audit?${new URLSearchParams(query)}`);
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as Page).entries;
}

type Draft = { draft: { nodes: Array<{ id: string; kind: string; data: Record<string, unknown> }> }; draftRevision: number };

/** Changes the first menu's prompt: one autosave of the designer. */
async function saveDraft(request: APIRequestContext, id: string, promptMessage: string) {
  const flow = (await (await request.get(`/api/flows/${id}`)).json()) as Draft;
  const menu = flow.draft.nodes.findIndex((n) => n.kind === 'menu');
  const nodes = flow.draft.nodes.map((n, i) => (i === menu ? { ...n, data: { ...n.data, promptMessage } } : n));
  const response = await request.put(`/api/flows/${id}`, { data: { document: { ...flow.draft, nodes }, draftRevision: flow.draftRevision } });
  expect(response.status(), await response.text()).toBe(200);
}

/** A context with no session: a stranger, or someone about to sign in. */
const stranger = () => playwrightRequest.newContext({ baseURL: testServer.baseUrl, extraHTTPHeaders: { Origin: testServer.baseUrl } });

test('flow changes: create, rename, autosaves coalesced, publish naming the version and the diff, duplicate, delete', async ({ request }) => {
  const name = `audited ${randomUUID().slice(0, 8)}`;
  const flowId = await createFlow(request, { name, template: 'simple-ivr' });
  const renamed = `${name} renamed`;
  expect((await request.patch(`/api/flows/${flowId}`, { data: { name: renamed } })).status()).toBe(200);
  await saveDraft(request, flowId, 'First autosave');
  await saveDraft(request, flowId, 'Second autosave, same session');
  await publish(request, flowId);
  await saveDraft(request, flowId, 'After v1');
  await publish(request, flowId);

  const entries = await audit(request, { targetType: 'flow', targetId: flowId });
  expect(entries.map((e) => e.action)).toEqual(['flow.publish', 'flow.edit', 'flow.publish', 'flow.edit', 'flow.rename', 'flow.create']);
  for (const entry of entries) expect(entry).toMatchObject(admin);
  const [v2, , v1, edit, rename, created] = entries;
  expect(created!.summary).toBe(`Created flow "${name}" from the template "Simple IVR (8x8 guide)"`);
  expect(rename!.summary).toBe(`Renamed flow "${name}" to "${renamed}"`);
  expect(edit!.summary).toMatch(new RegExp(`^Edited the draft of "${renamed}"`));
  expect(v1!.summary).toBe(`Published "${renamed}" as v1 — its first version`);
  expect(v2!.summary).toBe(`Published "${renamed}" as v2 — since v1: steps 1 changed`);
  expect(v2!.details).toMatchObject({ version: 2, previousVersion: 1, diff: { nodesChanged: [expect.any(String)], nodesAdded: [] } });

  const copy = await request.post(`/api/flows/${flowId}/duplicate`, { data: {} });
  expect(copy.status(), await copy.text()).toBe(201);
  const copyId = ((await copy.json()) as { id: string }).id;
  expect((await request.delete(`/api/flows/${copyId}`)).status()).toBe(204);
  const copyEntries = await audit(request, { targetType: 'flow', targetId: copyId });
  expect(copyEntries.map((e) => [e.action, e.summary])).toEqual([
    ['flow.delete', `Deleted flow "Copy of ${renamed}"`],
    ['flow.duplicate', `Duplicated flow "${renamed}" as "Copy of ${renamed}"`],
  ]);
});

test('an imported document is recorded as flow.import', async ({ request }) => {
  const source = (await (await request.get(`/api/flows/${await createFlow(request, { template: 'simple-ivr' })}`)).json()) as Draft;
  const flowId = await createFlow(request, { name: `imported ${randomUUID().slice(0, 8)}`, document: source.draft });
  const [entry] = await audit(request, { targetType: 'flow', targetId: flowId });
  expect(entry).toMatchObject({ ...admin, action: 'flow.import', summary: expect.stringMatching(/^Imported flow ".*" from a document \(\d+ steps\)$/) });
});

test('numbers routed and unrouted, and a sandbox callback launched', async ({ request }) => {
  const name = `numbers ${randomUUID().slice(0, 8)}`;
  const flowId = await createFlow(request, { name, template: 'simple-ivr' });
  await publish(request, flowId);
  const number = uniqueNumber();
  expect((await request.post('/api/numbers', { data: { number, flowId } })).status()).toBe(201);
  expect((await request.delete(`/api/numbers/${encodeURIComponent(number)}`)).status()).toBe(204);
  expect((await audit(request, { targetType: 'number', targetId: number })).map((e) => [e.action, e.summary, e.ip])).toEqual([
    ['number.unroute', `Unrouted ${number} from "${name}"`, '127.0.0.1'],
    ['number.route', `Routed ${number} to "${name}"`, '127.0.0.1'],
  ]);

  const call = await scriptedCall(request, { flowId, from: '+6561115777', digits: ['1'] });
  const [launch] = await audit(request, { action: 'call.launch', targetId: call.sessionId });
  expect(launch).toMatchObject({
    ...admin,
    targetType: 'call',
    summary: `Launched an outbound call to +6590000001 from +6561115777 with "${name}" v1`,
    details: { flowId, destination: '+6590000001', mode: 'sandbox', created: true },
  });
});

test('sign-in: a failure records the email tried and the real address, a success the user, then the sign-out', async ({ request }) => {
  const started = new Date(Date.now() - 1000).toISOString();
  const visitor = await stranger();
  try {
    // The client claims another address: the server front replaces it with the socket's.
    const wrong = await visitor.post('/api/auth/sign-in/email', {
      data: { email: testServer.admin.email, password: 'not-the-password-at-all' },
      headers: { 'X-Client-IP': '203.0.113.7', 'X-Forwarded-For': '203.0.113.8' },
    });
    expect(wrong.status()).toBe(401);
    const signedIn = await visitor.post('/api/auth/sign-in/email', { data: testServer.admin });
    expect(signedIn.status(), await signedIn.text()).toBe(200);
    expect((await visitor.post('/api/auth/sign-out', { data: {} })).status()).toBe(200);
  } finally {
    await visitor.dispose();
  }

  const failures = await audit(request, { action: 'auth.sign_in_failed', actor: testServer.admin.email, from: started });
  expect(failures).toContainEqual(
    expect.objectContaining({
      actorType: 'anonymous',
      actorId: null,
      actorLabel: testServer.admin.email,
      ip: '127.0.0.1',
      targetType: 'user',
      summary: `Failed sign-in as ${testServer.admin.email} with password: wrong email or password`,
      details: expect.objectContaining({ email: testServer.admin.email, reason: 'INVALID_EMAIL_OR_PASSWORD', knownUser: true }),
    }),
  );
  const auth = await audit(request, { action: 'auth', actor: testServer.admin.email, from: started });
  expect(auth.map((e) => e.action)).toEqual(expect.arrayContaining(['auth.sign_in', 'auth.sign_out']));
  for (const entry of auth.filter((e) => e.action !== 'auth.sign_in_failed')) expect(entry).toMatchObject({ ...admin, summary: expect.any(String) });
  expect(auth.find((e) => e.action === 'auth.sign_in')?.summary).toBe('Signed in with password');
});

test('CSV export: the same filters, every formula cell neutralised', async ({ request }) => {
  // A stranger types a formula as the email: it becomes the entry's actor, a cell of the export.
  const formula = `=1+${randomUUID().slice(0, 8)}@evil.example`;
  const visitor = await stranger();
  try {
    expect((await visitor.post('/api/auth/sign-in/email', { data: { email: formula, password: 'whatever-it-is-123' } })).status()).toBeGreaterThanOrEqual(400);
  } finally {
    await visitor.dispose();
  }
  const response = await request.get(`/api/audit/export.csv?${new URLSearchParams({ action: 'auth.sign_in_failed', actor: formula })}`);
  expect(response.status(), await response.text()).toBe(200);
  expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect(response.headers()['content-disposition']).toMatch(/^attachment; filename="audit-\d{4}-\d{2}-\d{2}\.csv"$/);
  const lines = (await response.text()).trimEnd().split('\r\n');
  expect(lines[0]).toBe('id,at,actor_type,actor_id,actor,ip,action,target_type,target_id,summary,details');
  expect(lines).toHaveLength(2);
  const cells = lines[1]!.split(',');
  expect(cells.slice(2, 7)).toEqual(['anonymous', '', `'${formula}`, '127.0.0.1', 'auth.sign_in_failed']);
  expect(lines[1]).not.toMatch(/,[=+\-@]/);

  const flowId = await createFlow(request, { template: 'simple-ivr' });
  const csv = await (await request.get(`/api/audit/export.csv?targetType=flow&targetId=${flowId}`)).text();
  expect(csv.trimEnd().split('\r\n')).toHaveLength(2);
  expect(csv).toContain(`,flow.create,flow,${flowId},"Created flow ""test `);
});

test('the query is validated, with the field to fix named', async ({ request }) => {
  for (const [query, message] of [
    ['pageSize=500', /pageSize: pageSize is at most 200/],
    ['action=flow.explode', /action: action must be/],
    ['from=yesterday', /from: from must be a date/],
  ] as const) {
    const response = await request.get(`/api/audit?${query}`);
    expect(response.status()).toBe(422);
    expect(((await response.json()) as { error: string }).error).toMatch(message);
  }
  const page = (await (await request.get('/api/audit?pageSize=200')).json()) as Page;
  expect(page.pageSize).toBe(200);
  expect(page.entries.length).toBeLessThanOrEqual(200);
});

test('nothing changes an entry through the app: no PUT, PATCH or DELETE', async ({ request }) => {
  const [latest] = await audit(request, { pageSize: '1' });
  for (const method of ['PUT', 'PATCH', 'DELETE'] as const) {
    for (const path of ['/api/audit', '/api/audit/export.csv']) {
      const response = await request.fetch(path, { method, data: { id: latest?.id, summary: 'rewritten' } });
      expect(response.status(), `${method} ${path}`).toBe(405);
    }
  }
});

test.describe('a stranger', () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test('gets 401 from the audit API and its export', async ({ request }) => {
    for (const path of ['/api/audit', '/api/audit/export.csv']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(401);
      expect(await response.text()).not.toContain('auth.sign_in');
    }
  });
});
