import { randomUUID } from 'node:crypto';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { anonymousContext } from '../support/accounts';
import { storageStatePath, type TestRole } from '../support/test-server';

// API tokens: made by an admin, shown once, used as `Authorization: Bearer`, revoked at once —
// and the attacks on them.

type Created = { id: string; name: string; role: string; prefix: string; token: string; expiresAt: string | null };
type Listed = { tokens: Array<Record<string, unknown> & { id: string; lastUsedAt: string | null; revoked: boolean }> };

const routes: ReadonlyArray<readonly [method: 'get' | 'post' | 'delete', path: string, data?: unknown]> = [
  ['get', '/api/tokens'],
  ['post', '/api/tokens', { name: 'mine now', role: 'admin' }],
  ['delete', '/api/tokens/some-id'],
];

async function createToken(request: APIRequestContext, role: TestRole, extra: Record<string, unknown> = {}): Promise<Created> {
  const response = await request.post('/api/tokens', { data: { name: `e2e ${role} ${randomUUID().slice(0, 8)}`, role, ...extra } });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as Created;
}

/** A client that holds nothing but the token (no cookie). */
function bearer(token: string, headers: Record<string, string> = {}): Promise<APIRequestContext> {
  return anonymousContext({ Authorization: `Bearer ${token}`, ...headers });
}

test.describe('a stranger', () => {
  test.use({ storageState: { cookies: [], origins: [] } });
  for (const [method, path, data] of routes) {
    test(`gets 401 on ${method.toUpperCase()} ${path}`, async ({ request }) => {
      const response = await request[method](path, data === undefined ? {} : { data });
      expect(response.status()).toBe(401);
    });
  }
  test('gets 401 with a made-up or malformed token', async () => {
    for (const header of ['Bearer ivr_made-up-token-000000000000000000000000000000000', 'Bearer ', 'Basic YWRtaW46YWRtaW4=', `Bearer ${'x'.repeat(5000)}`]) {
      const client = await anonymousContext({ Authorization: header });
      expect((await client.get('/api/flows')).status(), header.slice(0, 40)).toBe(401);
      await client.dispose();
    }
  });
});

for (const role of ['viewer', 'editor', 'publisher'] satisfies TestRole[]) {
  test.describe(`a ${role}`, () => {
    test.use({ storageState: storageStatePath(role) });
    test('gets 403 on every tokens route', async ({ request }) => {
      for (const [method, path, data] of routes) {
        const response = await request[method](path, data === undefined ? {} : { data });
        expect(response.status(), `${method.toUpperCase()} ${path}`).toBe(403);
      }
    });
  });
}

test('a viewer token reads but cannot change, cannot manage tokens, and its use is recorded', async ({ request }) => {
  const created = await createToken(request, 'viewer');
  expect(created.token).toMatch(/^ivr_/);
  expect(created.prefix).toBe(created.token.slice(0, 12));
  const client = await bearer(created.token);
  try {
    expect((await client.get('/api/flows')).status()).toBe(200);
    expect((await client.post('/api/flows', { data: { name: 'by a viewer token' } })).status()).toBe(403);
    for (const [method, path, data] of routes) {
      expect((await client[method](path, data === undefined ? {} : { data })).status(), `${method} ${path}`).toBe(403);
    }
    const { tokens } = (await (await request.get('/api/tokens')).json()) as Listed;
    expect(tokens.find((t) => t.id === created.id)?.lastUsedAt).not.toBeNull();
  } finally {
    await client.dispose();
  }
});

test('a bearer request needs no CSRF proof: the token is not sent by browsers on their own', async ({ request }) => {
  const { token } = await createToken(request, 'editor');
  const client = await bearer(token, { Origin: 'http://elsewhere.example' });
  try {
    const made = await client.post('/api/flows', { data: { name: `by a token ${randomUUID().slice(0, 8)}` } });
    expect(made.status(), await made.text()).toBe(201);
  } finally {
    await client.dispose();
  }
});

test('the token is shown once: the list has its prefix, never the token or its hash', async ({ request }) => {
  const created = await createToken(request, 'publisher', { expiresInDays: 30 });
  const text = await (await request.get('/api/tokens')).text();
  expect(text).not.toContain(created.token);
  expect(text).not.toContain(created.token.slice(12));
  const listed = ((JSON.parse(text) as Listed).tokens).find((t) => t.id === created.id);
  expect(listed).toMatchObject({ name: created.name, role: 'publisher', prefix: created.prefix, revoked: false, expired: false, lastUsedAt: null });
  expect(Object.keys(listed!).sort()).toEqual(['createdAt', 'createdBy', 'expired', 'expiresAt', 'id', 'lastUsedAt', 'name', 'prefix', 'revokedAt', 'revoked', 'role'].sort());
  expect(Date.parse(listed!.expiresAt as string) - Date.parse(listed!.createdAt as string)).toBe(30 * 86_400_000);
});

test('a revoked token is refused on its very next request', async ({ request }) => {
  const { id, token } = await createToken(request, 'admin');
  const client = await bearer(token);
  try {
    expect((await client.get('/api/users')).status()).toBe(200);
    const revoked = await request.delete(`/api/tokens/${id}`);
    expect(revoked.status(), await revoked.text()).toBe(200);
    expect(await revoked.json()).toMatchObject({ id, revokedAt: expect.any(String) });
    expect((await client.get('/api/users')).status()).toBe(401);
    expect((await client.get('/api/flows')).status()).toBe(401);
    const { tokens } = (await (await request.get('/api/tokens')).json()) as Listed;
    expect(tokens.find((t) => t.id === id)?.revoked).toBe(true);
  } finally {
    await client.dispose();
  }
  expect((await request.delete(`/api/tokens/${randomUUID()}`)).status()).toBe(404);
});

test('an admin token does what an admin does, and its tokens say which token made them', async ({ request }) => {
  const { token, name } = await createToken(request, 'admin');
  const client = await bearer(token);
  try {
    const made = await client.post('/api/tokens', { data: { name: 'made by a token', role: 'viewer' } });
    expect(made.status(), await made.text()).toBe(201);
    const child = (await made.json()) as Created;
    const { tokens } = (await (await request.get('/api/tokens')).json()) as Listed;
    expect(tokens.find((t) => t.id === child.id)?.createdBy).toBe(`token “${name}”`);
    expect((await client.delete(`/api/tokens/${child.id}`)).status()).toBe(200);
  } finally {
    await client.dispose();
  }
});

test('bad token requests get 4xx that say what to fix', async ({ request }) => {
  const cases: Array<[unknown, RegExp]> = [
    [{ name: '', role: 'viewer' }, /name: enter a name/],
    [{ name: 'x', role: 'root' }, /role: role must be one of/],
    [{ name: 'x', role: 'viewer', expiresInDays: 0 }, /expiresInDays: at least 1 day/],
    [{ name: 'x', role: 'viewer', expiresInDays: 'soon' }, /expiresInDays/],
    [{ name: 'x', role: 'viewer', tokenHash: 'chosen' }, /tokenHash/],
    [{ role: 'viewer' }, /name: required/],
  ];
  for (const [data, message] of cases) {
    const response = await request.post('/api/tokens', { data });
    expect(response.status(), JSON.stringify(data)).toBe(422);
    expect(((await response.json()) as { error: string }).error).toMatch(message);
  }
  expect((await request.post('/api/tokens', { data: Buffer.from('{not json'), headers: { 'Content-Type': 'application/json' } })).status()).toBe(400);
});
