import AxeBuilder from '@axe-core/playwright';
import { expect, request, test, type Page } from '@playwright/test';
import { roleUsers, testServer } from '../support/test-server';

// The sign-in form, as a stranger uses it: the only specs that sign in through the form (the
// rest reuse the sessions global setup stored). Each password sign-in here counts against
// the server's 10 a minute from 127.0.0.1, shared with global setup: keep them few.

test.use({ storageState: { cookies: [], origins: [] } });

const base = testServer.baseUrl;
const viewer = roleUsers.viewer;

async function fillAndSubmit(page: Page, user: { email: string; password: string }) {
  await page.getByRole('textbox', { name: 'Email' }).fill(user.email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(user.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

const sessionCookie = async (page: Page) => (await page.context().cookies()).find((c) => c.name === 'ivr.session_token');

test('a stranger sent to sign in from /history lands there, with an HttpOnly SameSite=Lax session cookie', async ({ page }) => {
  await page.goto('/history');
  await expect(page).toHaveURL(`${base}/sign-in?next=%2Fhistory`);
  await fillAndSubmit(page, viewer);
  await expect(page).toHaveURL(`${base}/history`);
  await expect(page.getByRole('link', { name: `${viewer.email} (Viewer)` })).toBeVisible();

  expect(await sessionCookie(page)).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
  // What HttpOnly is for: script in the page (an injected one too) cannot read the session.
  expect(await page.evaluate(() => document.cookie)).not.toContain('session_token');
});

test('a wrong password says so, and signs no one in', async ({ page }) => {
  await page.goto('/sign-in');
  await fillAndSubmit(page, { email: viewer.email, password: 'not-the-viewer-password' });
  await expect(page.getByRole('alert').filter({ hasText: 'Wrong email or password.' })).toBeVisible();
  await expect(page).toHaveURL(`${base}/sign-in`);
  expect(await sessionCookie(page)).toBeUndefined();
});

test('after signing in, a next= pointing off the site lands on / (open-redirect attack)', async ({ page }) => {
  await page.goto('/sign-in?next=%2F%2Fevil.example');
  await fillAndSubmit(page, viewer);
  await expect(page).toHaveURL(`${base}/`);

  // Signed in, /sign-in sends on to next= at once: the same guard on the server's redirect.
  for (const next of ['https://evil.example', '/%5Cevil.example', '/%09/evil.example']) {
    await page.goto(`/sign-in?next=${next}`);
    await expect(page, next).toHaveURL(`${base}/`);
  }
});

test('signing out ends the session: its cookie, replayed, is refused', async ({ page }) => {
  const signedIn = await page.request.post('/api/auth/sign-in/email', { data: viewer, headers: { Origin: base } });
  expect(signedIn.status(), await signedIn.text()).toBe(200);
  const cookie = await sessionCookie(page);
  expect(cookie).toBeDefined();
  const replay = await request.newContext({ baseURL: base, extraHTTPHeaders: { Cookie: `${cookie!.name}=${cookie!.value}` } });
  try {
    expect((await replay.get('/api/flows')).status()).toBe(200);

    await page.goto('/');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(`${base}/sign-in`);

    expect((await replay.get('/api/flows')).status()).toBe(401);
  } finally {
    await replay.dispose();
  }
});

test('the sign-in and setup pages have no serious axe violations', async ({ page }) => {
  // With single sign-on offered and its refusal shown: everything the page can hold.
  await page.goto('/sign-in?error=unable_to_create_user');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to IVR Studio' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Single sign-on worked' })).toBeVisible();
  const seriousOn = async () => (await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(await seriousOn()).toEqual([]);

  // The first admin exists, so /setup refuses; its form is checked on a fresh install (first-run.spec.ts).
  await page.goto('/setup?token=wrong');
  await expect(page.getByRole('alert').filter({ hasText: /The first admin exists already/ })).toBeVisible();
  expect(await seriousOn()).toEqual([]);
});
