import { expect, test, type Page } from '@playwright/test';
import { invite, member, uniqueEmail } from '../support/accounts';
import { expectNoSeriousAxeViolations } from '../support/axe';
import { storageStatePath, testServer } from '../support/test-server';

// The Users page as the admin, and an invitation link's page as a stranger. No test here
// signs anyone in (sign-ins are rate-limited per address); roles.spec.ts follows a link to the end.

const userRow = (page: Page, email: string) => page.getByRole('table', { name: 'Users' }).getByRole('row').filter({ hasText: email });
const inviteRow = (page: Page, email: string) => page.getByRole('table', { name: 'Open invitations' }).getByRole('row').filter({ hasText: email });

test('lists the users, invites by a link shown once, and revokes an invitation', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();

  // The only admin cannot be demoted or deactivated, and the page says so before anyone tries.
  const me = userRow(page, testServer.admin.email);
  await expect(me).toContainText('(you)');
  await expect(me).toContainText('Last active admin');
  await expect(me.getByRole('button', { name: `Deactivate ${testServer.admin.email}` })).toBeDisabled();
  await expect(me.getByRole('combobox', { name: `Role of ${testServer.admin.email}` })).toBeDisabled();
  await expectNoSeriousAxeViolations(page);

  const email = uniqueEmail('invited');
  await page.getByRole('button', { name: 'Invite' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite someone' });
  await expect(dialog.getByLabel('Email')).toBeFocused();
  await dialog.getByLabel('Email').fill(email);
  await dialog.getByRole('radio', { name: 'Publisher' }).check();
  await expect(dialog.getByText('Also publishes and restores versions, deletes recordings, routes numbers, launches outbound calls and campaigns and removes numbers from the do-not-call list')).toBeVisible();
  await dialog.getByLabel('Link works for (days)').fill('3');
  await dialog.getByRole('button', { name: 'Create invitation link' }).click();

  const shown = page.getByRole('dialog', { name: 'Send this link' });
  await expect(shown).toContainText(`Send this link to ${email} (role: Publisher)`);
  const link = await shown.getByRole('textbox', { name: 'Invitation link' }).inputValue();
  expect(link).toMatch(new RegExp(`^${testServer.baseUrl}/invite/[\\w-]{20,}$`));
  await shown.getByRole('button', { name: 'Copy invitation link' }).click();
  await expect(shown.getByRole('status')).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await expectNoSeriousAxeViolations(page);
  await shown.getByRole('button', { name: 'Done' }).click();
  await expect(shown).toBeHidden();

  await expect(inviteRow(page, email)).toContainText('Publisher');
  await expect(inviteRow(page, email)).toContainText(testServer.admin.email);
  await inviteRow(page, email).getByRole('button', { name: `Revoke the invitation for ${email}` }).click();
  await expect(page.getByRole('status').filter({ hasText: `The invitation for ${email} no longer works.` })).toBeVisible();
  await expect(inviteRow(page, email)).toHaveCount(0);

  await page.goto(new URL(link).pathname);
  await expect(page.getByRole('main').getByRole('alert')).toContainText('This invitation link is not valid');
});

test('changes a role, and deactivates and reactivates someone after asking', async ({ page, request }) => {
  const user = await member(request, 'viewer');
  await page.goto('/users');
  const row = userRow(page, user.email);
  await expect(row).toContainText('Active');

  await row.getByRole('combobox', { name: `Role of ${user.email}` }).selectOption({ label: 'Editor' });
  await expect(page.getByRole('status').filter({ hasText: `${user.email} is now Editor.` })).toBeVisible();
  await expect(row.getByRole('combobox', { name: `Role of ${user.email}` })).toHaveValue('editor');

  await row.getByRole('button', { name: `Deactivate ${user.email}` }).click();
  const confirm = page.getByRole('dialog', { name: `Deactivate ${user.email}?` });
  await expect(confirm).toContainText('signed out everywhere at once');
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectNoSeriousAxeViolations(page);
  await confirm.getByRole('button', { name: 'Deactivate' }).click();
  await expect(page.getByRole('status').filter({ hasText: `${user.email} is deactivated and signed out.` })).toBeVisible();
  await expect(row).toContainText('Deactivated');

  await row.getByRole('button', { name: `Reactivate ${user.email}` }).click();
  await page.getByRole('dialog', { name: `Reactivate ${user.email}?` }).getByRole('button', { name: 'Reactivate' }).click();
  await expect(row).toContainText('Active');

  const listed = (await (await request.get('/api/users')).json()) as { users: Array<{ email: string; role: string; active: boolean }> };
  expect(listed.users.find((u) => u.email === user.email)).toMatchObject({ role: 'editor', active: true });
});

test.describe('an invitation link, opened by a stranger', () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test('shows the email and role with a form, and says clearly when the link is spent or wrong', async ({ page, playwright }) => {
    const admin = await playwright.request.newContext({ baseURL: testServer.baseUrl, storageState: storageStatePath('admin'), extraHTTPHeaders: { Origin: testServer.baseUrl } });
    try {
      const open = await invite(admin, 'editor');
      await page.goto(`/invite/${open.token}`);
      await expect(page.getByRole('heading', { level: 1, name: 'Join IVR Studio' })).toBeVisible();
      await expect(page.getByText(`You are invited as ${open.email} with the Editor role`)).toBeVisible();
      await expect(page.getByLabel('Email')).toHaveValue(open.email);
      await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link')).toHaveText(['IVR Studio']);
      await expectNoSeriousAxeViolations(page);

      const used = await invite(admin, 'viewer');
      const accepted = await admin.post('/api/invites/accept', { data: { token: used.token, name: 'Quick', password: 'quick-password-1' } });
      expect(accepted.status()).toBe(201);
      await page.goto(`/invite/${used.token}`);
      await expect(page.getByRole('main').getByRole('alert')).toHaveText(/This invitation was used already/);
      await expect(page.getByRole('button', { name: 'Create account and sign in' })).toHaveCount(0);

      await page.goto('/invite/not-a-real-token');
      await expect(page.getByRole('main').getByRole('alert')).toHaveText(/This invitation link is not valid/);
      await expectNoSeriousAxeViolations(page);
    } finally {
      await admin.dispose();
    }
  });
});
