import { randomUUID } from 'node:crypto';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { caller, createFlow, getCall, publish, publishedTemplate, routeNumber, uniqueNumber } from '../support/api';

// Managing flows over HTTP: rename, delete (keeping call history), duplicate,
// read a version, restore a version as the draft, and unroute a number.

type FlowDetail = {
  id: string;
  name: string;
  draft: { nodes: Array<{ id: string; kind: string; data: Record<string, unknown> }>; edges: unknown[] };
  draftRevision: number;
  versions: Array<{ version: number }>;
  numbers: Array<{ number: string }>;
  publishedVersion: { version: number } | null;
};

const unique = (what: string) => `${what} ${randomUUID().slice(0, 8)}`;

async function getFlow(request: APIRequestContext, id: string): Promise<FlowDetail> {
  const response = await request.get(`/api/flows/${id}`);
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as FlowDetail;
}

/** Saves the draft with every menu's prompt changed; answers the new revision. */
async function editPrompt(request: APIRequestContext, id: string, promptMessage: string): Promise<number> {
  const flow = await getFlow(request, id);
  const nodes = flow.draft.nodes.map((n) => (n.kind === 'menu' ? { ...n, data: { ...n.data, promptMessage } } : n));
  const response = await request.put(`/api/flows/${id}`, { data: { document: { ...flow.draft, nodes }, draftRevision: flow.draftRevision } });
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { draftRevision: number }).draftRevision;
}

const prompts = (flow: FlowDetail) => flow.draft.nodes.filter((n) => n.kind === 'menu').map((n) => n.data.promptMessage);

test.describe('PATCH /api/flows/{id} (rename)', () => {
  test('renames without touching the draft or its revision', async ({ request }) => {
    const id = await createFlow(request, { template: 'simple-ivr' });
    const before = await getFlow(request, id);
    const name = unique('renamed');
    const response = await request.patch(`/api/flows/${id}`, { data: { name: `  ${name}  ` } });
    expect(response.status(), await response.text()).toBe(200);
    expect(await response.json()).toEqual({ id, name });
    const after = await getFlow(request, id);
    expect(after).toMatchObject({ name, draftRevision: before.draftRevision, draft: before.draft });
  });

  test('refuses an empty name with 422 and an unknown flow with 404', async ({ request }) => {
    const id = await createFlow(request, {});
    const empty = await request.patch(`/api/flows/${id}`, { data: { name: '  ' } });
    expect(empty.status()).toBe(422);
    expect(((await empty.json()) as { error: string }).error).toMatch(/name/);
    expect((await request.patch(`/api/flows/${randomUUID()}`, { data: { name: 'x' } })).status()).toBe(404);
  });
});

test.describe('DELETE /api/flows/{id}', () => {
  test('deletes a published flow, unroutes its numbers and keeps its calls', async ({ request }) => {
    const { flowId, number } = await publishedTemplate(request, 'simple-ivr');
    const call = caller(request, { destination: number });
    await call.dial();

    const response = await request.delete(`/api/flows/${flowId}`);
    expect(response.status(), await response.text()).toBe(204);

    expect((await request.get(`/api/flows/${flowId}`)).status()).toBe(404);
    const numbers = ((await (await request.get('/api/numbers')).json()) as { numbers: Array<{ number: string }> }).numbers;
    expect(numbers.map((n) => n.number)).not.toContain(number);
    const { session, events } = await getCall(request, call.sessionId);
    expect(session).toMatchObject({ flowId, flowVersionId: null });
    expect(events.length).toBeGreaterThan(0);
  });

  test('answers 404 for an unknown flow, and for a second delete', async ({ request }) => {
    const id = await createFlow(request, {});
    expect((await request.delete(`/api/flows/${id}`)).status()).toBe(204);
    expect((await request.delete(`/api/flows/${id}`)).status()).toBe(404);
  });
});

test.describe('POST /api/flows/{id}/duplicate', () => {
  test('copies the draft as a new unpublished flow named "Copy of …"', async ({ request }) => {
    const { flowId } = await publishedTemplate(request, 'restaurant');
    await editPrompt(request, flowId, 'Edited after publishing');
    const source = await getFlow(request, flowId);

    const response = await request.post(`/api/flows/${flowId}/duplicate`);
    expect(response.status(), await response.text()).toBe(201);
    const copy = (await response.json()) as { id: string; name: string };
    expect(copy.name).toBe(`Copy of ${source.name}`);
    expect(response.headers()['location']).toBe(`/api/flows/${copy.id}`);

    const detail = await getFlow(request, copy.id);
    expect(detail).toMatchObject({ draft: source.draft, versions: [], numbers: [], publishedVersion: null });
  });

  test('takes a name, and refuses an empty one (422) or an unknown flow (404)', async ({ request }) => {
    const id = await createFlow(request, { template: 'simple-ivr' });
    const name = unique('named copy');
    const named = await request.post(`/api/flows/${id}/duplicate`, { data: { name } });
    expect(named.status(), await named.text()).toBe(201);
    expect(((await named.json()) as { name: string }).name).toBe(name);
    expect((await request.post(`/api/flows/${id}/duplicate`, { data: { name: '' } })).status()).toBe(422);
    expect((await request.post(`/api/flows/${randomUUID()}/duplicate`)).status()).toBe(404);
  });
});

test.describe('GET /api/flows/{id}/versions/{version}', () => {
  test('answers the version document and its metadata', async ({ request }) => {
    const id = await createFlow(request, { template: 'simple-ivr' });
    const published = await publish(request, id);
    const draft = (await getFlow(request, id)).draft;

    const response = await request.get(`/api/flows/${id}/versions/${published.version}`);
    expect(response.status(), await response.text()).toBe(200);
    expect(await response.json()).toMatchObject({
      id: published.id,
      flowId: id,
      version: 1,
      live: true,
      publishedAt: expect.any(String),
      document: draft,
    });

    await publish(request, id);
    expect(((await (await request.get(`/api/flows/${id}/versions/1`)).json()) as { live: boolean }).live).toBe(false);
  });

  test('answers 404 for an unknown version or flow and 422 for a version that is not a number', async ({ request }) => {
    const id = await createFlow(request, { template: 'simple-ivr' });
    expect((await request.get(`/api/flows/${id}/versions/1`)).status()).toBe(404);
    expect((await request.get(`/api/flows/${randomUUID()}/versions/1`)).status()).toBe(404);
    const bad = await request.get(`/api/flows/${id}/versions/latest`);
    expect(bad.status()).toBe(422);
    expect(((await bad.json()) as { error: string }).error).toMatch(/^version: /);
  });
});

test.describe('POST /api/flows/{id}/restore', () => {
  test('makes the version the draft and answers the next revision', async ({ request }) => {
    const id = await createFlow(request, { template: 'simple-ivr' });
    await publish(request, id);
    const original = prompts(await getFlow(request, id));
    const revision = await editPrompt(request, id, 'A newer draft');

    const response = await request.post(`/api/flows/${id}/restore`, { data: { version: 1, draftRevision: revision } });
    expect(response.status(), await response.text()).toBe(200);
    const body = (await response.json()) as { draftRevision: number; restoredVersion: number; draft: unknown; lint: unknown[] };
    expect(body).toMatchObject({ draftRevision: revision + 1, restoredVersion: 1, lint: expect.any(Array) });

    const after = await getFlow(request, id);
    expect(after.draftRevision).toBe(revision + 1);
    expect(after.draft).toEqual(body.draft);
    expect(prompts(after)).toEqual(original);
    expect(after.versions).toHaveLength(1);
  });

  test('refuses a stale draftRevision with 409 and keeps the draft', async ({ request }) => {
    const id = await createFlow(request, { template: 'simple-ivr' });
    await publish(request, id);
    const stale = (await getFlow(request, id)).draftRevision;
    const revision = await editPrompt(request, id, 'Saved by someone else');

    const response = await request.post(`/api/flows/${id}/restore`, { data: { version: 1, draftRevision: stale } });
    expect(response.status()).toBe(409);
    expect(await response.json()).toMatchObject({ code: 'conflict', draftRevision: revision });
    expect(prompts(await getFlow(request, id))).toContain('Saved by someone else');
  });

  test('answers 404 for an unknown version or flow and 422 for a bad body', async ({ request }) => {
    const id = await createFlow(request, { template: 'simple-ivr' });
    const { draftRevision } = await getFlow(request, id);
    expect((await request.post(`/api/flows/${id}/restore`, { data: { version: 1, draftRevision } })).status()).toBe(404);
    expect((await request.post(`/api/flows/${randomUUID()}/restore`, { data: { version: 1, draftRevision: 1 } })).status()).toBe(404);
    const missing = await request.post(`/api/flows/${id}/restore`, { data: { version: 1 } });
    expect(missing.status()).toBe(422);
    expect(((await missing.json()) as { error: string }).error).toMatch(/draftRevision/);
    expect((await request.post(`/api/flows/${id}/restore`, { data: { version: 0, draftRevision } })).status()).toBe(422);
  });
});

test.describe('DELETE /api/numbers/{number}', () => {
  test('unroutes a number, given with "+" encoded or without it', async ({ request }) => {
    const flowId = await createFlow(request, { template: 'simple-ivr' });
    const encoded = await routeNumber(request, flowId);
    const bare = await routeNumber(request, flowId);

    expect((await request.delete(`/api/numbers/${encodeURIComponent(encoded)}`)).status()).toBe(204);
    expect((await request.delete(`/api/numbers/${bare.slice(1)}`)).status()).toBe(204);
    expect((await getFlow(request, flowId)).numbers).toEqual([]);
  });

  test('answers 404 for a number not routed and 422 for one that is not E.164', async ({ request }) => {
    const unknown = await request.delete(`/api/numbers/${encodeURIComponent(uniqueNumber())}`);
    expect(unknown.status()).toBe(404);
    const bad = await request.delete('/api/numbers/call-me');
    expect(bad.status()).toBe(422);
    expect(((await bad.json()) as { error: string }).error).toMatch(/E\.164/);
  });
});
