import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { unverifiedLogin } from '../support/oidc-idp';
import { testIdp, testServer } from '../support/test-server';
import { adminApi, invite, passwordUser } from '../support/users';

// Single sign-on against a real OpenID Connect provider (e2e/support/oidc-idp.ts, started by
// global setup; the e2e server has OIDC_* pointing at it). The person logs in on the
// provider's own pages. Single sign-on lets in only invited addresses and existing accounts,
// and only on the provider's verified word for the address.

test.use({ storageState: { cookies: [], origins: [] } });

const newAddress = (label: string) => `${label}-${randomUUID().slice(0, 8)}@e2e.test`;

/** From /sign-in through the provider's login and consent pages, back to the app. */
async function signInAtProvider(page: Page, login: string, path = '/sign-in') {
  await page.goto(path);
  await page.getByRole('button', { name: `Sign in with ${testIdp.name}` }).click();
  await expect(page).toHaveURL(new RegExp(`^${testIdp.issuer}/interaction/`));
  await page.getByRole('textbox', { name: 'Enter any login' }).fill(login);
  await page.getByPlaceholder('and password').fill('any password: the test provider takes any');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
}

/** The sign-in page's message (Next's route announcer is an empty alert too). */
const notice = (page: Page, text: string) => page.getByRole('alert').filter({ hasText: text });
const noInvitation = 'Single sign-on worked, but this address has no account here: ask an admin for an invitation.';

test('an invited address signs in with single sign-on as the role of its invitation, and again later', async ({ page }) => {
  const email = newAddress('sso-user');
  const admin = await adminApi();
  await invite(admin, email, 'editor');
  await admin.dispose();

  await signInAtProvider(page, email, '/sign-in?next=%2Fhistory');
  await expect(page).toHaveURL(`${testServer.baseUrl}/history`);
  await expect(page.getByRole('link', { name: `${email} (Editor)` })).toBeVisible();

  // The invitation is spent, but the account now has its provider identity: signing in again works.
  await page.context().clearCookies();
  await signInAtProvider(page, email);
  await expect(page).toHaveURL(`${testServer.baseUrl}/`);
  await expect(page.getByRole('link', { name: `${email} (Editor)` })).toBeVisible();
});

test('a person the provider knows but nobody invited is refused, with a message that says why', async ({ page }) => {
  await signInAtProvider(page, newAddress('sso-stranger'));
  await expect(page).toHaveURL(/\/sign-in\?next=%2F&error=unable_to_create_user$/);
  await expect(notice(page, noInvitation)).toBeVisible();
  // No session came with the refusal.
  await page.goto('/history');
  await expect(page).toHaveURL(`${testServer.baseUrl}/sign-in?next=%2Fhistory`);
});

test('an existing password account is joined by single sign-on for the same verified address', async ({ page }) => {
  const email = newAddress('sso-linked');
  const admin = await adminApi();
  await passwordUser(admin, email, 'publisher', 'linked-user-password-1');
  await admin.dispose();

  await signInAtProvider(page, email);
  await expect(page.getByRole('link', { name: `${email} (Publisher)` })).toBeVisible();
});

test("the provider's unverified word for an address does not open that address's invitation", async ({ page }) => {
  const email = newAddress('sso-unverified');
  const admin = await adminApi();
  await invite(admin, email, 'admin');
  await admin.dispose();

  await signInAtProvider(page, unverifiedLogin(email));
  await expect(notice(page, noInvitation)).toBeVisible();
  await page.goto('/');
  await expect(page).toHaveURL(`${testServer.baseUrl}/sign-in?next=%2F`);
});

test("the provider's unverified word for the admin's address does not open the admin's account (takeover attack)", async ({ page }) => {
  // Someone who registered the admin's address at the provider without proving it.
  await signInAtProvider(page, unverifiedLogin(testServer.admin.email));
  await expect(page).toHaveURL(/error=account_not_linked$/);
  await expect(
    notice(page, 'An account with this address exists, but your identity provider did not confirm the address: sign in with your password.'),
  ).toBeVisible();
  await page.goto('/');
  await expect(page).toHaveURL(`${testServer.baseUrl}/sign-in?next=%2F`);
});
