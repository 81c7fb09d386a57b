import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, request, test, type Page } from '@playwright/test';
import { createScratchDatabase, type ScratchDatabase } from '../../scripts/lib/scratch-database';
import { startSecondServer, type SecondServer } from '../support/second-server';
import { testServer } from '../support/test-server';

// A fresh install: `npm start` on an empty database of its own (a scratch database on
// DATABASE_URL's server, or embedded in its own DATA_DIR) with no ADMIN_EMAIL. Its sign-in
// rate limit is its own too, so the attack on it locks no other test out.

// A stranger's browser, on another origin than the e2e server: no forced Origin header (the
// config's would make every script request of this server's pages a refused cross-origin one).
test.use({ storageState: { cookies: [], origins: [] }, extraHTTPHeaders: {} });
// In order, in one worker: both tests use the one server started below.
test.describe.configure({ mode: 'default', timeout: 60_000 });

const firstAdmin = { name: 'First Admin', email: 'first-admin@e2e.test', password: 'first-admin-password-1' };
let server: SecondServer | undefined;
let database: ScratchDatabase | undefined;
let dataDir = '';

test.beforeAll(async () => {
  test.setTimeout(180_000);
  dataDir = mkdtempSync(path.join(tmpdir(), 'ivr-first-run-'));
  database = process.env.DATABASE_URL ? await createScratchDatabase(process.env.DATABASE_URL, 'ivr_first_run') : undefined;
  server = await startSecondServer(testServer.port + 3, {
    // The default sign-in limit (the e2e server raises its own), and no first admin from the environment.
    env: { DATA_DIR: dataDir, DATABASE_URL: database?.url ?? '', ADMIN_EMAIL: '', ADMIN_PASSWORD: '', AUTH_SIGN_IN_LIMIT: '10' },
  });
});

test.afterAll(async () => {
  await server?.stop();
  await database?.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

function fresh(): SecondServer {
  if (!server) throw new Error('The fresh server did not start');
  return server;
}

const seriousViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');

test('the start prints a one-time setup link; only its token creates the first admin, once, and the link file goes', async ({ page }) => {
  const { baseUrl, output } = fresh();
  const printed = /\/setup\?token=([\w-]+)/.exec(output());
  expect(printed, output()).not.toBeNull();
  const token = printed![1]!;
  const linkFile = path.join(dataDir, 'setup-link.txt');
  expect(readFileSync(linkFile, 'utf8')).toContain(`/setup?token=${token}`);

  for (const query of ['', '?token=wrong-token']) {
    await page.goto(`${baseUrl}/setup${query}`);
    await expect(page.getByRole('alert').filter({ hasText: /This setup link is not valid/ }), query).toBeVisible();
  }
  const api = await request.newContext({ baseURL: baseUrl, extraHTTPHeaders: { Origin: baseUrl } });
  try {
    const forged = await api.post('/api/setup', { data: { ...firstAdmin, token: 'wrong-token' } });
    expect(forged.status(), await forged.text()).toBe(403);

    await page.goto(`${baseUrl}/setup?token=${token}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Create the first admin' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('textbox', { name: 'Your name' }).fill(firstAdmin.name);
    await page.getByRole('textbox', { name: 'Email' }).fill(firstAdmin.email);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(firstAdmin.password);
    await page.getByRole('button', { name: 'Create admin and sign in' }).click();
    // Three requests in a row (create, sign in, the home page) on a server still warming up.
    await expect(page.getByRole('link', { name: `${firstAdmin.email} (Admin)` })).toBeVisible({ timeout: 20_000 });
    expect(existsSync(linkFile)).toBe(false);

    // The same link, used again (a second admin by whoever saw it): refused.
    const again = await api.post('/api/setup', { data: { ...firstAdmin, email: 'second-admin@e2e.test', token } });
    expect(again.status(), await again.text()).toBe(403);
  } finally {
    await api.dispose();
  }
  await page.context().clearCookies();
  await page.goto(`${baseUrl}/setup?token=${token}`);
  await expect(page.getByRole('alert').filter({ hasText: /The first admin exists already/ })).toBeVisible();
});

test('past 10 sign-in attempts a minute from one address: 429, whatever forwarding headers claim, and the form says so', async ({ page }) => {
  const { baseUrl } = fresh();
  const api = await request.newContext({ baseURL: baseUrl, extraHTTPHeaders: { Origin: baseUrl } });
  const statuses: number[] = [];
  try {
    for (let attempt = 1; attempt <= 11; attempt++) {
      // The attack: a new client address claimed on each try, in every header a server might believe.
      const claimed = `203.0.113.${attempt}`;
      const headers = { 'X-Forwarded-For': claimed, 'X-Client-IP': claimed, 'X-Real-IP': claimed, Forwarded: `for=${claimed}` };
      const response = await api.post('/api/auth/sign-in/email', { data: { email: firstAdmin.email, password: `wrong-password-${attempt}` }, headers });
      statuses.push(response.status());
    }
  } finally {
    await api.dispose();
  }
  // The previous test may have spent an attempt of the ten: refusals start at the 10th or 11th and stay.
  const refusedFrom = statuses.indexOf(429);
  expect(refusedFrom, statuses.join(' ')).toBeGreaterThanOrEqual(9);
  expect(statuses, statuses.join(' ')).toEqual([...Array<number>(refusedFrom).fill(401), ...Array<number>(11 - refusedFrom).fill(429)]);

  // Even the right password waits out the minute, and the form says why.
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByRole('textbox', { name: 'Email' }).fill(firstAdmin.email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(firstAdmin.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Too many sign-in attempts from your address. Wait a minute, then try again.' })).toBeVisible();
});
