import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { anonymousContext } from '../support/accounts';
import { expectNoSeriousAxeViolations } from '../support/axe';
import { testServer } from '../support/test-server';

// The API tokens page: a token is shown once with a curl example, listed by prefix with its
// last use, and revoked after a confirmation.

const tokenRow = (page: Page, name: string) => page.getByRole('table', { name: 'API tokens' }).getByRole('row').filter({ hasText: name });

test('creates a token shown once with a curl example, shows its last use, and revokes it', async ({ page }) => {
  const name = `CRM ${randomUUID().slice(0, 8)}`;
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'API tokens' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'API tokens' })).toBeVisible();

  await page.getByRole('button', { name: 'New token' }).click();
  const dialog = page.getByRole('dialog', { name: 'New API token' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByRole('radio', { name: 'Viewer' }).check();
  await dialog.getByLabel('Expires after (days)').fill('90');
  await expectNoSeriousAxeViolations(page);
  await dialog.getByRole('button', { name: 'Create token' }).click();

  const shown = page.getByRole('dialog', { name: `Copy the token “${name}” now` });
  const token = await shown.getByRole('textbox', { name: 'API token' }).inputValue();
  expect(token).toMatch(/^ivr_[\w-]{43}$/);
  await expect(shown.getByLabel('Example request with curl')).toHaveText(`curl -H "Authorization: Bearer ${token}" ${testServer.baseUrl}/api/flows`);
  await shown.getByRole('button', { name: 'Done' }).click();

  const row = tokenRow(page, name);
  await expect(row).toContainText(`${token.slice(0, 12)}…`);
  await expect(row).toContainText('Viewer');
  await expect(row).toContainText('Active');
  await expect(row.getByRole('cell', { name: 'Never' })).toHaveCount(1);
  await expect(page.getByText(token)).toHaveCount(0);

  const client = await anonymousContext({ Authorization: `Bearer ${token}` });
  try {
    expect((await client.get('/api/flows')).status()).toBe(200);
    await page.reload();
    await expect(tokenRow(page, name).getByRole('cell', { name: 'Never' })).toHaveCount(0);
    await expect(page.getByText(token)).toHaveCount(0);

    await tokenRow(page, name).getByRole('button', { name: `Revoke ${name}` }).click();
    const confirm = page.getByRole('dialog', { name: `Revoke “${name}”?` });
    await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await confirm.getByRole('button', { name: 'Revoke token' }).click();
    await expect(page.getByRole('status').filter({ hasText: `“${name}” is revoked` })).toBeVisible();
    await expect(tokenRow(page, name)).toContainText('Revoked');
    await expect(tokenRow(page, name).getByRole('button', { name: `Revoke ${name}` })).toHaveCount(0);
    expect((await client.get('/api/flows')).status()).toBe(401);
  } finally {
    await client.dispose();
  }
  await expectNoSeriousAxeViolations(page);
});

test('a refused token says why in the dialog', async ({ page }) => {
  await page.goto('/tokens');
  await page.getByRole('button', { name: 'New token' }).click();
  const dialog = page.getByRole('dialog', { name: 'New API token' });
  await dialog.getByLabel('Name').fill('   ');
  await dialog.getByRole('button', { name: 'Create token' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('name: enter a name');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'New token' })).toBeFocused();
});
