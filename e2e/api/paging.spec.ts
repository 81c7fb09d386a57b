import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { createFlow } from '../support/api';

// No list endpoint answers an unbounded list: each has a default page size and a maximum.

type FlowsPage = { flows: Array<{ id: string; name: string }>; total: number; page: number; pages: number; pageSize: number };

test('GET /api/flows pages: 100 by default, pageSize up to 500, an empty page past the end', async ({ request }) => {
  const tag = randomUUID().slice(0, 8);
  const ids = [await createFlow(request, { name: `paged ${tag} a` }), await createFlow(request, { name: `paged ${tag} b` })];
  const first = (await (await request.get('/api/flows', { params: { q: tag, pageSize: 1 } })).json()) as FlowsPage;
  expect(first).toMatchObject({ total: 2, page: 1, pages: 2, pageSize: 1 });
  const second = (await (await request.get('/api/flows', { params: { q: tag, pageSize: 1, page: 2 } })).json()) as FlowsPage;
  // Newest edit first, each flow on exactly one page.
  expect([...first.flows, ...second.flows].map((f) => f.id)).toEqual([ids[1], ids[0]]);
  const past = (await (await request.get('/api/flows', { params: { q: tag, pageSize: 1, page: 3 } })).json()) as FlowsPage;
  expect(past).toMatchObject({ flows: [], total: 2, page: 3 });
  expect(((await (await request.get('/api/flows')).json()) as FlowsPage).pageSize).toBe(100);
});

for (const [path, query, message] of [
  ['/api/flows', { pageSize: '501' }, 'pageSize is at most 500'],
  ['/api/flows', { page: '0' }, 'page starts at 1'],
  ['/api/flows', { pageSize: 'all' }, 'pageSize must be a whole number'],
  ['/api/calls', { pageSize: '201' }, 'pageSize is at most 200'],
  ['/api/calls', { page: '100001' }, 'page is at most 100000'],
  ['/api/numbers', { pageSize: '1001' }, 'pageSize is at most 1000'],
] as const) {
  test(`GET ${path}?${new URLSearchParams(query)} is refused with 422: "${message}"`, async ({ request }) => {
    const response = await request.get(path, { params: query });
    expect(response.status(), await response.text()).toBe(422);
    expect(((await response.json()) as { error: string }).error).toContain(message);
  });
}
