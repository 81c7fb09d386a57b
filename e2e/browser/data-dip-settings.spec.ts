import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from '../support/axe';

// The settings page's data dip section: a secret is added, replaced and deleted through the
// form and its dialog, and its value never reaches the page after it was typed.

test('an admin adds, replaces and deletes a data dip secret; the value is never sent back to the page', async ({ page }) => {
  const name = `PAGE_${randomUUID().slice(0, 8).replace(/-/g, '_')}`;
  const value = `page-secret-${randomUUID()}`;
  await page.goto('/settings');
  const section = page.getByRole('region', { name: 'Data dips' });
  const form = section.getByRole('form', { name: 'Add or replace a secret' });
  await expect(form.getByLabel('Value')).toHaveAttribute('type', 'password');

  await form.getByLabel('Name').fill('1bad');
  await expect(form.getByText('Letters, digits and _, not starting with a digit, at most 32')).toBeVisible();
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Value').fill(value);
  await form.getByRole('button', { name: 'Add secret' }).click();
  await expect(section.getByRole('status')).toHaveText(`Saved the secret ${name}.`);
  const table = section.getByRole('table', { name: 'Data dip secrets' });
  await expect(table.getByRole('rowheader', { name: `{{secrets.${name}}}` })).toBeVisible();
  await expect(form.getByLabel('Value')).toHaveValue('');

  await page.reload();
  expect(await page.content()).not.toContain(value);
  await table.getByRole('button', { name: `Replace ${name}` }).click();
  await expect(form.getByLabel('Name')).toHaveValue(name);
  await form.getByLabel('Value').fill(`${value}-2`);
  await form.getByRole('button', { name: 'Replace secret' }).click();
  await expect(section.getByRole('status')).toHaveText(`Replaced the secret ${name}.`);

  await table.getByRole('button', { name: `Delete ${name}` }).click();
  const dialog = page.getByRole('dialog', { name: `Delete the secret ${name}?` });
  await expect(dialog).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await dialog.getByRole('button', { name: 'Delete secret' }).click();
  await expect(dialog).toBeHidden();
  await expect(section.getByRole('status')).toHaveText(`Deleted the secret ${name}.`);
  await expect(table.getByRole('rowheader', { name: `{{secrets.${name}}}` })).toHaveCount(0);
});

test('an allowed host that is not a host is refused with the reason', async ({ page }) => {
  await page.goto('/settings');
  const hosts = page.getByRole('form', { name: 'Allowed private hosts' });
  await hosts.getByLabel('Hosts').fill('*.office.lan');
  await hosts.getByRole('button', { name: 'Save hosts' }).click();
  await expect(hosts.getByRole('alert')).toContainText('"*.office.lan": write only a host name or an IP address (no scheme, port, path or wildcard)');
  await expectNoSeriousAxeViolations(page);
});
