import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// The 8x8 setup page on the sandbox (the e2e server has no 8x8 credentials).

test('shows the Sandbox, tests the connection, registers the webhooks, with no serious axe violations', async ({ page, baseURL }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: '8x8 setup' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '8x8 setup' })).toBeVisible();
  await expect(page.getByRole('status', { name: 'Voice platform' })).toContainText('Sandbox');

  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByText(/Connection works: the Sandbox answered with \d+ voices? and \d+ numbers?/)).toBeVisible();

  await page.getByRole('button', { name: 'Register webhooks' }).click();
  await expect(page.getByText('Registered VCA, VSS and VCS with a new token.')).toBeVisible();
  const table = page.getByRole('table', { name: 'Registered webhooks' });
  for (const type of ['VCA', 'VSS', 'VCS']) {
    const row = table.getByRole('row').filter({ has: page.getByRole('cell', { name: type, exact: true }) });
    await expect(row).toContainText(`${baseURL}/api/webhooks/8x8/${type.toLowerCase()}`);
    await expect(row.getByRole('cell', { name: 'Set', exact: true })).toBeVisible();
  }

  await expect(page.getByRole('combobox', { name: /^Flow for \+/ }).first()).toBeVisible();
  const serious = (await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious).toEqual([]);
});

test('the API key field is a password field and a saved key is never sent to the page', async ({ page }) => {
  await page.goto('/settings');
  await expect(page.getByLabel('API key')).toHaveAttribute('type', 'password');
  await expect(page.getByRole('button', { name: 'Remove' })).toBeDisabled();
  await page.getByLabel('Subaccount id').fill('a b');
  await expect(page.getByText('Use 3–50 letters, digits or - . _ &')).toBeVisible();
});
