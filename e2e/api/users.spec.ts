import { expect, test, type APIRequestContext } from '@playwright/test';
import { anonymousContext, invite, member, signIn, uniqueEmail } from '../support/accounts';
import { storageStatePath, testServer, type TestRole } from '../support/test-server';

// Users and invitations over HTTP, with the attacks on them. Each test makes its own people
// through invitations; the global setup's users keep their roles and passwords. No test
// here makes a second admin: the last-admin test relies on admin@e2e.test being the only one.

const routes: ReadonlyArray<readonly [method: 'get' | 'post' | 'patch' | 'delete', path: string, data?: unknown]> = [
  ['get', '/api/users'],
  ['patch', '/api/users/some-id', { role: 'admin' }],
  ['get', '/api/invites'],
  ['post', '/api/invites', { email: 'intruder@e2e.test', role: 'admin' }],
  ['delete', '/api/invites/some-id'],
];

type Listed = { users: Array<{ id: string; email: string; role: string; active: boolean }> };

async function userId(request: APIRequestContext, email: string): Promise<string> {
  const { users } = (await (await request.get('/api/users')).json()) as Listed;
  const user = users.find((u) => u.email === email);
  if (!user) throw new Error(`${email} is not listed`);
  return user.id;
}

test.describe('a stranger', () => {
  test.use({ storageState: { cookies: [], origins: [] } });
  for (const [method, path, data] of routes) {
    test(`gets 401 on ${method.toUpperCase()} ${path}`, async ({ request }) => {
      const response = await request[method](path, data === undefined ? {} : { data });
      expect(response.status(), await response.text()).toBe(401);
    });
  }
});

for (const role of ['viewer', 'editor', 'publisher'] satisfies TestRole[]) {
  test.describe(`a ${role}`, () => {
    test.use({ storageState: storageStatePath(role) });
    test(`gets 403 on every users and invitations route`, async ({ request }) => {
      for (const [method, path, data] of routes) {
        const response = await request[method](path, data === undefined ? {} : { data });
        expect(response.status(), `${method.toUpperCase()} ${path}: ${await response.text()}`).toBe(403);
        expect(((await response.json()) as { error: string }).error).toContain('Needs the Admin role');
      }
    });
  });
}

test('lists users with their role and state, and nothing secret', async ({ request }) => {
  const newcomer = await member(request, 'editor');
  const response = await request.get('/api/users');
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { users: Array<Record<string, unknown>>; truncated: boolean };
  const listed = body.users.find((u) => u.email === newcomer.email);
  expect(listed).toMatchObject({ id: newcomer.id, role: 'editor', active: true, lastSignInAt: null });
  expect(Object.keys(listed!).sort()).toEqual(['active', 'createdAt', 'email', 'id', 'lastSignInAt', 'name', 'role']);
  const admin = body.users.find((u) => u.email === testServer.admin.email);
  expect(admin).toMatchObject({ role: 'admin', active: true });
  expect(admin?.lastSignInAt).not.toBeNull();
});

test('a role change and a deactivation take effect on the next request; a deactivated user cannot sign in', async ({ request }) => {
  const user = await member(request, 'viewer');
  const { status, context } = await signIn(user.email, user.password);
  expect(status).toBe(200);
  try {
    expect((await context.post('/api/flows', { data: { name: 'not yet' } })).status()).toBe(403);
    const promoted = await request.patch(`/api/users/${user.id}`, { data: { role: 'editor' } });
    expect(promoted.status(), await promoted.text()).toBe(200);
    expect(await promoted.json()).toMatchObject({ before: { role: 'viewer', active: true }, after: { role: 'editor', active: true } });
    expect((await context.post('/api/flows', { data: { name: `by ${user.email}` } })).status()).toBe(201);

    const deactivated = await request.patch(`/api/users/${user.id}`, { data: { active: false } });
    expect(deactivated.status(), await deactivated.text()).toBe(200);
    // The session they hold stops working at once, on every route…
    expect((await context.get('/api/flows')).status()).toBe(401);
    expect(await (await context.get('/api/auth/get-session')).json()).toBeNull();
    // …and signing in again is refused.
    const again = await signIn(user.email, user.password);
    expect(again.status).not.toBe(200);
    expect((await again.context.get('/api/flows')).status()).toBe(401);
    await again.context.dispose();

    // Reactivated, their old session stays gone (it was deleted): they sign in anew.
    expect((await request.patch(`/api/users/${user.id}`, { data: { active: true } })).status()).toBe(200);
    expect((await context.get('/api/flows')).status()).toBe(401);
    const listed = (await (await request.get('/api/users')).json()) as Listed;
    expect(listed.users.find((u) => u.id === user.id)).toMatchObject({ role: 'editor', active: true });
  } finally {
    await context.dispose();
  }
});

test('the last active admin can be neither demoted nor deactivated (409)', async ({ request }) => {
  const adminId = await userId(request, testServer.admin.email);
  for (const change of [{ role: 'publisher' }, { active: false }, { role: 'viewer', active: false }]) {
    const response = await request.patch(`/api/users/${adminId}`, { data: change });
    expect(response.status(), await response.text()).toBe(409);
    expect(((await response.json()) as { error: string }).error).toMatch(/is the last active admin and cannot be (demoted|deactivated)/);
  }
  expect((await request.get('/api/users')).status()).toBe(200);
});

test('bad changes get 4xx that say what to fix', async ({ request }) => {
  const user = await member(request, 'viewer');
  const cases: Array<[unknown, number, RegExp]> = [
    [{}, 422, /send role, active or both/],
    [{ role: 'owner' }, 422, /role: role must be one of viewer, editor, publisher, admin/],
    [{ active: 'no' }, 422, /active: active must be true or false/],
    [{ role: 'editor', email: 'x@e2e.test' }, 422, /email/],
  ];
  for (const [data, status, message] of cases) {
    const response = await request.patch(`/api/users/${user.id}`, { data });
    expect(response.status(), JSON.stringify(data)).toBe(status);
    expect(((await response.json()) as { error: string }).error).toMatch(message);
  }
  expect((await request.patch('/api/users/nobody', { data: { active: true } })).status()).toBe(404);
});

test('a change from another site with the admin’s cookie is refused (CSRF)', async ({ request }) => {
  const user = await member(request, 'viewer');
  const response = await request.patch(`/api/users/${user.id}`, { data: { role: 'publisher' }, headers: { Origin: 'http://attacker.example' } });
  expect(response.status()).toBe(403);
  const { users } = (await (await request.get('/api/users')).json()) as Listed;
  expect(users.find((u) => u.id === user.id)?.role).toBe('viewer');
});

test.describe('invitations', () => {
  test('a link works once: the second use fails, and a wrong token fails', async ({ request }) => {
    const { token, email } = await invite(request, 'editor');
    const stranger = await anonymousContext();
    try {
      const first = await stranger.post('/api/invites/accept', { data: { token, name: 'First', password: 'first-password-1' } });
      expect(first.status(), await first.text()).toBe(201);
      expect(await first.json()).toMatchObject({ email, role: 'editor' });
      const second = await stranger.post('/api/invites/accept', { data: { token, name: 'Second', password: 'second-password-1' } });
      expect(second.status()).toBe(403);
      expect(((await second.json()) as { error: string }).error).toMatch(/not valid/);
      const wrong = await stranger.post('/api/invites/accept', { data: { token: `${token}x`, name: 'Guess', password: 'guess-password-1' } });
      expect(wrong.status()).toBe(403);
    } finally {
      await stranger.dispose();
    }
  });

  test('a revoked invitation stops working and leaves the open list', async ({ request }) => {
    const { id, token } = await invite(request, 'viewer');
    expect((await request.delete(`/api/invites/${id}`)).status()).toBe(200);
    expect((await request.delete(`/api/invites/${id}`)).status()).toBe(404);
    const { invites } = (await (await request.get('/api/invites')).json()) as { invites: Array<{ id: string }> };
    expect(invites.map((i) => i.id)).not.toContain(id);
    const accepted = await request.post('/api/invites/accept', { data: { token, name: 'Late', password: 'late-password-12' } });
    expect(accepted.status()).toBe(403);
  });

  test('bad invitations and acceptances get 4xx that say what to fix', async ({ request }) => {
    expect((await request.post('/api/invites', { data: { email: 'not-an-email', role: 'viewer' } })).status()).toBe(422);
    expect((await request.post('/api/invites', { data: { email: uniqueEmail(), role: 'viewer', expiresInDays: 0 } })).status()).toBe(422);
    const taken = await request.post('/api/invites', { data: { email: testServer.admin.email, role: 'viewer' } });
    expect(taken.status()).toBe(409);
    const { token } = await invite(request, 'viewer');
    const short = await request.post('/api/invites/accept', { data: { token, name: 'Short', password: 'short' } });
    expect(short.status()).toBe(422);
    expect(((await short.json()) as { error: string }).error).toMatch(/password: at least 12 characters/);
  });
});
