import { randomUUID } from 'node:crypto';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { storageStatePath, type TestRole } from '../support/test-server';

// Data dip secrets and allowed hosts over HTTP: admins only, and a secret's value goes in
// and never comes out — not in an answer, not in the settings page, not in the audit log.
// The allow-list is one setting for the whole server: this file runs serially and leaves it
// as it found it.
test.describe.configure({ mode: 'serial' });

type Settings = { secrets: Array<{ name: string; updatedAt: string }>; allowHosts: string[]; unreadable: string[] };

const suffix = randomUUID().slice(0, 8).replace(/-/g, '_');
const routes: ReadonlyArray<readonly [method: 'get' | 'put' | 'delete', path: string, data?: unknown]> = [
  ['get', '/api/settings/data-dips'],
  ['put', `/api/settings/data-dips/secrets/ROLE_${suffix}`, { value: 'by a lesser role' }],
  ['delete', `/api/settings/data-dips/secrets/ROLE_${suffix}`],
  ['put', '/api/settings/data-dips/allow-hosts', { hosts: ['10.0.0.1'] }],
];

async function json<T>(response: Awaited<ReturnType<APIRequestContext['get']>>, status = 200): Promise<{ body: T; text: string }> {
  const text = await response.text();
  expect(response.status(), text).toBe(status);
  return { body: JSON.parse(text) as T, text };
}

test.describe('a stranger', () => {
  test.use({ storageState: { cookies: [], origins: [] } });
  test('gets 401 on every data dip settings route', async ({ request }) => {
    for (const [method, path, data] of routes) {
      const response = await request[method](path, data === undefined ? {} : { data });
      expect(response.status(), `${method.toUpperCase()} ${path}`).toBe(401);
    }
  });
});

for (const role of ['viewer', 'editor', 'publisher'] satisfies TestRole[]) {
  test.describe(`a ${role}`, () => {
    test.use({ storageState: storageStatePath(role) });
    test('gets 403 on every data dip settings route and the settings page', async ({ request }) => {
      for (const [method, path, data] of routes) {
        const response = await request[method](path, data === undefined ? {} : { data });
        expect(response.status(), `${method.toUpperCase()} ${path}: ${await response.text()}`).toBe(403);
      }
      expect((await request.get('/settings', { maxRedirects: 0 })).status()).toBe(403);
    });
  });
}

test('an admin adds, replaces and deletes a secret; its value is never in an answer, the page or the audit log', async ({ request }) => {
  const name = `CRM_${suffix}`;
  const first = `first-${randomUUID()}`;
  const second = `second-${randomUUID()}`;
  const answers: string[] = [];

  const added = await json<Settings>(await request.put(`/api/settings/data-dips/secrets/${name}`, { data: { value: first } }));
  answers.push(added.text);
  expect(added.body.secrets).toContainEqual({ name, updatedAt: expect.any(String) });
  const replaced = await json<Settings>(await request.put(`/api/settings/data-dips/secrets/${name}`, { data: { value: second } }));
  answers.push(replaced.text);

  const listed = await json<Settings>(await request.get('/api/settings/data-dips'));
  answers.push(listed.text);
  expect(listed.body.secrets.filter((s) => s.name === name)).toHaveLength(1);
  const page = await request.get('/settings');
  expect(page.status()).toBe(200);
  const html = await page.text();
  expect(html).toContain(`{{secrets.${name}}}`);
  answers.push(html);
  answers.push((await json<unknown>(await request.get('/api/settings'))).text);
  const audit = await json<{ entries: Array<{ action: string; summary: string; targetId: string | null }> }>(
    await request.get(`/api/audit?${new URLSearchParams({ targetType: 'settings', targetId: `data-dip-secret:${name}` })}`),
  );
  answers.push(audit.text);
  expect(audit.body.entries.map((e) => e.action)).toEqual(['settings.data_dip_secret_save', 'settings.data_dip_secret_save']);
  expect(audit.body.entries.map((e) => e.summary)).toEqual([`Replaced the data dip secret ${name} (stored encrypted)`, `Added the data dip secret ${name} (stored encrypted)`]);

  const deleted = await json<Settings>(await request.delete(`/api/settings/data-dips/secrets/${name}`));
  answers.push(deleted.text);
  expect(deleted.body.secrets.map((s) => s.name)).not.toContain(name);
  expect((await json<{ error: string }>(await request.delete(`/api/settings/data-dips/secrets/${name}`), 404)).body.error).toBe(`No data dip secret is named ${name}`);

  for (const text of answers) {
    expect(text).not.toContain(first);
    expect(text).not.toContain(second);
  }
});

test('a secret is refused with a message naming what to fix', async ({ request }) => {
  const cases: Array<[path: string, data: unknown, status: number, message: RegExp]> = [
    ['/api/settings/data-dips/secrets/1BAD', { value: 'x' }, 422, /name: Name the secret with letters, digits and _/],
    ['/api/settings/data-dips/secrets/has-dash', { value: 'x' }, 422, /name: /],
    [`/api/settings/data-dips/secrets/${'A'.repeat(33)}`, { value: 'x' }, 422, /at most 32/],
    [`/api/settings/data-dips/secrets/OK_${suffix}`, { value: 'line\r\nX-Injected: 1' }, 422, /value: value must not hold line breaks/],
    [`/api/settings/data-dips/secrets/OK_${suffix}`, { value: '   ' }, 422, /value: value is required/],
    [`/api/settings/data-dips/secrets/OK_${suffix}`, { nothing: true }, 422, /value/],
    [`/api/settings/data-dips/secrets/OK_${suffix}`, { value: 'x'.repeat(4097) }, 422, /at most 4096/],
  ];
  for (const [path, data, status, message] of cases) {
    const { body } = await json<{ error: string }>(await request.put(path, { data }), status);
    expect(body.error, path).toMatch(message);
  }
  const listed = await json<Settings>(await request.get('/api/settings/data-dips'));
  expect(listed.body.secrets.map((s) => s.name)).not.toContain(`OK_${suffix}`);
});

test('an admin sets the allowed hosts: normalised, checked entry by entry, audited', async ({ request }) => {
  const before = (await json<Settings>(await request.get('/api/settings/data-dips'))).body.allowHosts;
  try {
    const saved = await json<Settings>(await request.put('/api/settings/data-dips/allow-hosts', { data: { hosts: ['CRM.Office.lan', '2130706433', '[::1]', '127.0.0.1'] } }));
    expect(saved.body.allowHosts).toEqual(['crm.office.lan', '127.0.0.1', '::1']);
    expect((await json<Settings>(await request.get('/api/settings/data-dips'))).body.allowHosts).toEqual(['crm.office.lan', '127.0.0.1', '::1']);

    const refused = await json<{ error: string }>(await request.put('/api/settings/data-dips/allow-hosts', { data: { hosts: ['ok.lan', '*.office.lan', 'https://x.lan/'] } }), 422);
    expect(refused.body.error).toMatch(/hosts\[1\]: "\*\.office\.lan": .*wildcard/);
    expect(refused.body.error).toMatch(/hosts\[2\]: "https:\/\/x\.lan\/": .*no scheme/);
    expect((await json<{ error: string }>(await request.put('/api/settings/data-dips/allow-hosts', { data: { hosts: 'one.lan' } }), 422)).body.error).toMatch(/hosts/);

    const audit = await json<{ entries: Array<{ summary: string }> }>(
      await request.get(`/api/audit?${new URLSearchParams({ action: 'settings.data_dip_hosts_save' })}`),
    );
    expect(audit.body.entries[0]?.summary).toMatch(/^Saved the hosts data dips may reach although private: added .*crm\.office\.lan/);
  } finally {
    await json(await request.put('/api/settings/data-dips/allow-hosts', { data: { hosts: before } }));
  }
});
