import { expect, test, type Page } from '@playwright/test';
import { uniqueEmail } from '../support/accounts';
import { storageStatePath, testServer } from '../support/test-server';

// What each role may open, enforced on the server (the 403 page), and what the navigation offers.
// The Publish/edit controls per role are another spec's; this one is about pages and people.

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const forbiddenHeading = (page: Page) => page.getByRole('heading', { level: 1, name: 'Your role cannot open this page' });

test.describe('a viewer', () => {
  test.use({ storageState: storageStatePath('viewer') });

  test('gets the 403 page on /users, /tokens and /settings, and the navigation offers none of them', async ({ page }) => {
    for (const path of ['/users', '/tokens', '/settings']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(forbiddenHeading(page)).toBeVisible();
    }
    await page.goto('/');
    await expect(nav(page).getByRole('link', { name: 'Flows' })).toBeVisible();
    for (const hidden of ['Users', 'API tokens', 'Audit log', '8x8 setup']) {
      await expect(nav(page).getByRole('link', { name: hidden })).toHaveCount(0);
    }
  });
});

test.describe('a publisher', () => {
  test.use({ storageState: storageStatePath('publisher') });

  test('cannot open /users or /tokens', async ({ page }) => {
    for (const path of ['/users', '/tokens']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(forbiddenHeading(page)).toBeVisible();
    }
    await expect(nav(page).getByRole('link', { name: 'Users' })).toHaveCount(0);
  });
});

test.describe('an admin', () => {
  test('opens /users and /tokens', async ({ page }) => {
    await page.goto('/users');
    await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
    await page.goto('/tokens');
    await expect(page.getByRole('heading', { level: 1, name: 'API tokens' })).toBeVisible();
    for (const shown of ['Users', 'API tokens', '8x8 setup']) await expect(nav(page).getByRole('link', { name: shown })).toBeVisible();
  });

  test('invites someone, who follows the link, signs in with the role given and only that role', async ({ page, browser }) => {
    const email = uniqueEmail('joiner');
    await page.goto('/users');
    await page.getByRole('button', { name: 'Invite' }).click();
    const dialog = page.getByRole('dialog', { name: 'Invite someone' });
    await dialog.getByLabel('Email').fill(email);
    await dialog.getByRole('radio', { name: 'Editor' }).check();
    await dialog.getByRole('button', { name: 'Create invitation link' }).click();
    const link = await page.getByRole('dialog', { name: 'Send this link' }).getByRole('textbox', { name: 'Invitation link' }).inputValue();

    const theirs = await browser.newContext({ baseURL: testServer.baseUrl, storageState: { cookies: [], origins: [] } });
    try {
      const joiner = await theirs.newPage();
      await joiner.goto(link);
      await expect(joiner.getByText(`You are invited as ${email} with the Editor role`)).toBeVisible();
      await joiner.getByLabel('Your name').fill('New Editor');
      await joiner.getByLabel('Password').fill('a-long-enough-password');
      await joiner.getByRole('button', { name: 'Create account and sign in' }).click();
      await expect(joiner).toHaveURL(/\/$/);
      await expect(nav(joiner).getByRole('link', { name: `${email} (Editor)` })).toBeVisible();
      await expect(nav(joiner).getByRole('link', { name: 'Users' })).toHaveCount(0);
      expect((await joiner.goto('/users'))?.status()).toBe(403);
      // The link is spent.
      await joiner.goto(link);
      await expect(joiner.getByRole('main').getByRole('alert')).toHaveText(/used already/);
    } finally {
      await theirs.close();
    }

    await page.goto('/users');
    await expect(page.getByRole('table', { name: 'Users' }).getByRole('row').filter({ hasText: email })).toContainText('New Editor');
    await expect(page.getByRole('table', { name: 'Open invitations' }).getByRole('row').filter({ hasText: email })).toHaveCount(0);
  });
});
