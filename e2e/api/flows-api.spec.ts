import { randomUUID } from 'node:crypto';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { createFlow, publish, routeNumber } from '../support/api';

// The flows API over HTTP: create (template, document, blank), list, read, save the
// draft with optimistic concurrency, publish immutable versions, export and re-import.

type FlowDetail = {
  id: string;
  name: string;
  draft: { schemaVersion: number; nodes: Array<{ id: string; kind: string; data: Record<string, unknown> }>; edges: unknown[] };
  draftRevision: number;
  lint: Array<{ severity: string; code: string; message: string }>;
  versions: Array<{ version: number }>;
  numbers: Array<{ number: string }>;
  publishedVersion: { version: number } | null;
};
type FlowSummary = { id: string; name: string; status: string; publishedVersion: number | null; numbers: string[] };

const name = (what: string) => `${what} ${randomUUID().slice(0, 8)}`;

/** start → say → hangup: valid, publishable, small. */
function sayDocument(text = 'Hello from the flows API test') {
  return {
    schemaVersion: 1,
    nodes: [
      { id: 'start', kind: 'start', position: { x: 0, y: 0 }, data: {} },
      { id: 'hello', kind: 'say', position: { x: 320, y: 0 }, data: { text, voiceProfile: 'en-GB-Emma', speed: 1 } },
      { id: 'bye', kind: 'hangup', position: { x: 640, y: 0 }, data: {} },
    ],
    edges: [
      { id: 'e1', source: 'start', sourceHandle: 'next', target: 'hello' },
      { id: 'e2', source: 'hello', sourceHandle: 'next', target: 'bye' },
    ],
  };
}

async function getFlow(request: APIRequestContext, id: string): Promise<FlowDetail> {
  const response = await request.get(`/api/flows/${id}`);
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as FlowDetail;
}

async function saveDraft(request: APIRequestContext, id: string, body: Record<string, unknown>) {
  return request.put(`/api/flows/${id}`, { data: body });
}

async function exportFlow(request: APIRequestContext, id: string, query = '') {
  return request.get(`/api/flows/${id}/export${query}`);
}

test.describe('POST /api/flows', () => {
  for (const template of ['simple-ivr', 'restaurant'] as const) {
    test(`creates a flow from the ${template} template (201 + Location)`, async ({ request }) => {
      const flowName = name(template);
      const response = await request.post('/api/flows', { data: { name: flowName, template } });
      expect(response.status(), await response.text()).toBe(201);
      const body = (await response.json()) as { id: string; name: string; draftRevision: number };
      expect(body).toMatchObject({ name: flowName, draftRevision: expect.any(Number) });
      expect(response.headers()['location']).toBe(`/api/flows/${body.id}`);

      const flow = await getFlow(request, body.id);
      expect(flow.draft.nodes.filter((n) => n.kind === 'menu').length).toBeGreaterThan(0);
      expect(flow.lint.filter((i) => i.severity === 'error')).toEqual([]);
    });
  }

  test('imports a valid document as the draft', async ({ request }) => {
    const document = sayDocument();
    const response = await request.post('/api/flows', { data: { name: name('imported'), document } });
    expect(response.status(), await response.text()).toBe(201);
    const { id } = (await response.json()) as { id: string };
    expect((await getFlow(request, id)).draft).toEqual(document);
  });

  test('refuses an invalid document with 422 naming the path to fix', async ({ request }) => {
    const document = sayDocument();
    document.nodes[1] = { ...document.nodes[1]!, kind: 'shout' };
    const response = await request.post('/api/flows', { data: { name: name('broken'), document } });
    expect(response.status()).toBe(422);
    const body = (await response.json()) as { error: string; issues: string[] };
    expect(body.error).toContain('nodes.1.kind');
    expect(body.issues.some((i) => i.startsWith('nodes.1.kind'))).toBe(true);
  });

  test('with a name only, creates a blank flow holding just a start node', async ({ request }) => {
    const id = await createFlow(request, { name: name('blank') });
    const flow = await getFlow(request, id);
    expect(flow.draft.nodes).toEqual([expect.objectContaining({ kind: 'start' })]);
    expect(flow.draft.edges).toEqual([]);
    expect(flow.lint).toContainEqual(expect.objectContaining({ severity: 'error', code: 'start-unconnected' }));
  });

  test('refuses an unknown template with 422 listing the valid ones', async ({ request }) => {
    const flowName = name('bad template');
    const response = await request.post('/api/flows', { data: { name: flowName, template: 'pizza-ivr' } });
    expect(response.status(), await response.text()).toBe(422);
    const { error } = (await response.json()) as { error: string };
    expect(error).toContain('simple-ivr');
    expect(error).toContain('restaurant');
    // Nothing was created under that name.
    const list = (await (await request.get('/api/flows')).json()) as { flows: FlowSummary[] };
    expect(list.flows.filter((f) => f.name === flowName)).toEqual([]);
  });

  test('refuses a missing name with 422 naming the field', async ({ request }) => {
    const response = await request.post('/api/flows', { data: { template: 'simple-ivr' } });
    expect(response.status()).toBe(422);
    expect(((await response.json()) as { error: string }).error).toMatch(/name/);
  });

  test('refuses malformed JSON with 400', async ({ request }) => {
    const response = await request.post('/api/flows', {
      headers: { 'Content-Type': 'application/json' },
      // A Buffer goes out byte for byte (Playwright JSON-encodes a string body).
      data: Buffer.from('{"name": "half'),
    });
    expect(response.status()).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(/not valid JSON/);
  });
});

test.describe('GET /api/flows and /api/flows/{id}', () => {
  test('lists flows with status, published version and numbers', async ({ request }) => {
    const draftId = await createFlow(request, { name: name('listed draft') });
    const publishedId = await createFlow(request, { template: 'simple-ivr' });
    await publish(request, publishedId);
    const number = await routeNumber(request, publishedId);

    const response = await request.get('/api/flows');
    expect(response.status()).toBe(200);
    const { flows } = (await response.json()) as { flows: FlowSummary[] };
    expect(flows.find((f) => f.id === draftId)).toMatchObject({ status: 'draft', publishedVersion: null, numbers: [] });
    expect(flows.find((f) => f.id === publishedId)).toMatchObject({ status: 'published', publishedVersion: 1, numbers: [number] });
  });

  test('reads a flow with its draft, revision, lint, versions and numbers', async ({ request }) => {
    const id = await createFlow(request, { template: 'restaurant' });
    await publish(request, id);
    const number = await routeNumber(request, id);
    const flow = await getFlow(request, id);
    expect(flow.id).toBe(id);
    expect(flow.draft.schemaVersion).toBe(1);
    expect(flow.draft.nodes.length).toBeGreaterThan(5);
    expect(typeof flow.draftRevision).toBe('number');
    expect(Array.isArray(flow.lint)).toBe(true);
    expect(flow.versions.map((v) => v.version)).toEqual([1]);
    expect(flow.numbers.map((n) => n.number)).toEqual([number]);
  });

  test('answers 404 for an unknown flow', async ({ request }) => {
    const id = randomUUID();
    const response = await request.get(`/api/flows/${id}`);
    expect(response.status()).toBe(404);
    expect(((await response.json()) as { error: string }).error).toContain(id);
  });
});

test.describe('PUT /api/flows/{id} (save the draft)', () => {
  test('saves with the current draftRevision and answers the next one', async ({ request }) => {
    const id = await createFlow(request, { name: name('editing') });
    const before = await getFlow(request, id);
    const document = sayDocument('Saved through PUT');
    const response = await saveDraft(request, id, { document, draftRevision: before.draftRevision, name: 'renamed' });
    expect(response.status(), await response.text()).toBe(200);
    const body = (await response.json()) as { draftRevision: number; lint: unknown[] };
    expect(body.draftRevision).toBe(before.draftRevision + 1);
    expect(Array.isArray(body.lint)).toBe(true);

    const after = await getFlow(request, id);
    expect(after.draftRevision).toBe(before.draftRevision + 1);
    expect(after.draft).toEqual(document);
    expect(after.name).toBe('renamed');
  });

  test('refuses a stale draftRevision with 409 naming the current revision', async ({ request }) => {
    const id = await createFlow(request, { name: name('contended') });
    const { draftRevision } = await getFlow(request, id);
    const first = await saveDraft(request, id, { document: sayDocument('first editor'), draftRevision });
    expect(first.status()).toBe(200);

    const second = await saveDraft(request, id, { document: sayDocument('second editor'), draftRevision });
    expect(second.status()).toBe(409);
    const body = (await second.json()) as { error: string; draftRevision: number };
    expect(body.error).toMatch(/changed elsewhere/);
    expect(body.error).toContain(`revision ${draftRevision + 1}`);
    expect(body.draftRevision).toBe(draftRevision + 1);
    // The first editor's save stands.
    const flow = await getFlow(request, id);
    expect(flow.draft.nodes.find((n) => n.id === 'hello')?.data.text).toBe('first editor');
  });

  test('refuses a save without draftRevision with 422', async ({ request }) => {
    const id = await createFlow(request, { name: name('no revision') });
    const before = await getFlow(request, id);
    const response = await saveDraft(request, id, { document: sayDocument() });
    expect(response.status()).toBe(422);
    expect(((await response.json()) as { error: string }).error).toMatch(/draftRevision/);
    expect((await getFlow(request, id)).draftRevision).toBe(before.draftRevision);
  });

  test('refuses an invalid document with 422 and keeps the draft', async ({ request }) => {
    const id = await createFlow(request, { name: name('bad save') });
    const before = await getFlow(request, id);
    const response = await saveDraft(request, id, { document: { schemaVersion: 1, nodes: 'none', edges: [] }, draftRevision: before.draftRevision });
    expect(response.status()).toBe(422);
    expect(((await response.json()) as { error: string }).error).toContain('nodes');
    expect(await getFlow(request, id)).toMatchObject({ draftRevision: before.draftRevision, draft: before.draft });
  });

  test('answers 404 for an unknown flow', async ({ request }) => {
    const response = await saveDraft(request, randomUUID(), { document: sayDocument(), draftRevision: 0 });
    expect(response.status()).toBe(404);
  });
});

test.describe('POST /api/flows/{id}/publish', () => {
  test('refuses a draft with lint errors with 422 listing them, creating no version', async ({ request }) => {
    const id = await createFlow(request, { name: name('unpublishable') });
    const response = await request.post(`/api/flows/${id}/publish`);
    expect(response.status()).toBe(422);
    const body = (await response.json()) as { error: string; issues: Array<{ code: string; message: string }> };
    expect(body.error).toContain('Connect the Start node to the first step');
    expect(body.issues).toContainEqual(expect.objectContaining({ code: 'start-unconnected' }));

    const flow = await getFlow(request, id);
    expect(flow.versions).toEqual([]);
    expect(flow.publishedVersion).toBeNull();
  });

  test('publishes immutable versions 1 and 2', async ({ request }) => {
    const id = await createFlow(request, { name: name('versioned'), document: sayDocument('version one') });
    expect((await publish(request, id)).version).toBe(1);
    const v1 = (await (await exportFlow(request, id, '?version=1')).json()) as ReturnType<typeof sayDocument>;

    const { draftRevision } = await getFlow(request, id);
    expect((await saveDraft(request, id, { document: sayDocument('version two'), draftRevision })).status()).toBe(200);
    expect((await publish(request, id)).version).toBe(2);
    const flow = await getFlow(request, id);
    expect(flow.versions.map((v) => v.version)).toEqual([2, 1]);
    expect(flow.publishedVersion?.version).toBe(2);

    // Version 1 is what was published then, not the changed draft.
    const { draftRevision: latest } = flow;
    expect((await saveDraft(request, id, { document: sayDocument('a later draft'), draftRevision: latest })).status()).toBe(200);
    const again = await exportFlow(request, id, '?version=1');
    expect(again.status()).toBe(200);
    expect(await again.json()).toEqual(v1);
    expect(v1).toEqual(sayDocument('version one'));
    expect(await (await exportFlow(request, id, '?version=2')).json()).toEqual(sayDocument('version two'));
  });

  test('answers 404 for an unknown flow', async ({ request }) => {
    expect((await request.post(`/api/flows/${randomUUID()}/publish`)).status()).toBe(404);
  });
});

test.describe('GET /api/flows/{id}/export', () => {
  test('downloads the draft as a JSON attachment equal to the draft', async ({ request }) => {
    const id = await createFlow(request, { template: 'simple-ivr' });
    const response = await exportFlow(request, id);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/json');
    expect(response.headers()['content-disposition']).toMatch(/^attachment; filename=".+-draft\.json"$/);
    expect(await response.json()).toEqual((await getFlow(request, id)).draft);
  });

  test('downloads a published version with ?version=N', async ({ request }) => {
    const id = await createFlow(request, { template: 'restaurant' });
    await publish(request, id);
    const response = await exportFlow(request, id, '?version=1');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-disposition']).toMatch(/-v1\.json"$/);
    expect(await response.json()).toEqual((await getFlow(request, id)).draft);
  });

  test('answers 404 for an unknown version and 422 for one that is not a number', async ({ request }) => {
    const id = await createFlow(request, { template: 'simple-ivr' });
    await publish(request, id);
    const missing = await exportFlow(request, id, '?version=7');
    expect(missing.status()).toBe(404);
    expect(((await missing.json()) as { error: string }).error).toContain('no version 7');

    const garbled = await exportFlow(request, id, '?version=abc');
    expect(garbled.status()).toBe(422);
    expect(((await garbled.json()) as { error: string }).error).toMatch(/version/);
  });

  test('answers 404 for an unknown flow', async ({ request }) => {
    expect((await exportFlow(request, randomUUID())).status()).toBe(404);
  });

  test('an exported document re-imports unchanged', async ({ request }) => {
    const id = await createFlow(request, { template: 'restaurant' });
    const exported = (await (await exportFlow(request, id)).json()) as unknown;
    const copyId = await createFlow(request, { name: name('re-imported'), document: exported });
    expect(copyId).not.toBe(id);
    expect((await getFlow(request, copyId)).draft).toEqual(exported);
    expect(await (await exportFlow(request, copyId)).json()).toEqual(exported);
  });
});
