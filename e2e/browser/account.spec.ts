import { expect, test } from '@playwright/test';
import { anonymousContext, member, signIn } from '../support/accounts';
import { expectNoSeriousAxeViolations } from '../support/axe';
import { storageStatePath, testServer } from '../support/test-server';

// Your account: who you are, and changing your password (through Better Auth). A fresh
// invited user, so the global setup's passwords stay as they are.

test.use({ storageState: { cookies: [], origins: [] } });

test('shows who you are; a password change refuses a wrong current password, and then only the new password signs in', async ({ page, playwright }) => {
  // Seven password hashes or checks (scrypt, deliberately slow) on top of the page's work.
  test.slow();
  const admin = await playwright.request.newContext({ baseURL: testServer.baseUrl, storageState: storageStatePath('admin'), extraHTTPHeaders: { Origin: testServer.baseUrl } });
  const user = await member(admin, 'publisher');
  await admin.dispose();
  // Signed in through the API, in this browser's cookie jar.
  const signedIn = await page.request.post('/api/auth/sign-in/email', { data: { email: user.email, password: user.password }, headers: { Origin: testServer.baseUrl } });
  expect(signedIn.status()).toBe(200);

  await page.goto('/');
  await page.getByRole('link', { name: `${user.email} (Publisher)` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
  await expect(page.getByText(user.email, { exact: true })).toBeVisible();
  await expect(page.getByText('Publisher — Also publishes and restores versions')).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  const form = page.getByRole('form', { name: 'Change password' });
  const newPassword = `${user.password}-new`;
  await form.getByLabel('Current password').fill('not-my-password-1');
  await form.getByLabel('New password', { exact: true }).fill(newPassword);
  await form.getByLabel('Repeat the new password').fill(newPassword);
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(form.getByRole('alert')).toHaveText('The current password is wrong.');

  // Too short: the form's minLength stops it; the server refuses it too, with a code the form words.
  const short = await page.request.post('/api/auth/change-password', {
    data: { currentPassword: user.password, newPassword: 'short', revokeOtherSessions: true },
    headers: { Origin: testServer.baseUrl },
  });
  expect(short.status()).toBe(400);
  expect(await short.json()).toMatchObject({ code: 'PASSWORD_TOO_SHORT' });

  await form.getByLabel('Current password').fill(user.password);
  await form.getByLabel('Repeat the new password').fill(`${newPassword}x`);
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(form.getByRole('alert')).toHaveText('The two new passwords differ: type the same one twice.');

  await form.getByLabel('Repeat the new password').fill(newPassword);
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(form.getByRole('status')).toHaveText(/Password changed/);
  await expect(form.getByLabel('Current password')).toHaveValue('');

  // This browser stays signed in (Better Auth gave it a new session)…
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
  // …the old password no longer signs in, the new one does.
  const old = await signIn(user.email, user.password);
  expect(old.status).toBe(401);
  await old.context.dispose();
  const fresh = await signIn(user.email, newPassword);
  expect(fresh.status).toBe(200);
  expect((await fresh.context.get('/api/flows')).status()).toBe(200);
  await fresh.context.dispose();
});

test('a stranger can neither open the account page nor change a password', async ({ page }) => {
  const stranger = await anonymousContext({ Origin: testServer.baseUrl });
  const response = await stranger.post('/api/auth/change-password', { data: { currentPassword: 'x', newPassword: 'short', revokeOtherSessions: true } });
  expect(response.status()).toBe(401);
  await stranger.dispose();
  await page.goto('/account');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Faccount$/);
});
