import { randomUUID } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { expect, request as playwrightRequest, test, type Page } from '@playwright/test';
import { createFlow, publish } from '../support/api';
import { storageStatePath, testServer } from '../support/test-server';

// The /audit page: the admin finds what the test just did, narrows the log with filters kept
// in the URL (typed and submitted from the keyboard), follows a target to its own entries,
// and exports what is shown.

async function expectNoSeriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
}

test('the admin sees what the test just did, filters it from the keyboard and follows a flow to its entries', async ({ page }) => {
  // The admin's changes through the API, sent with the Origin a page of the app would send.
  const request = await playwrightRequest.newContext({
    baseURL: testServer.baseUrl,
    storageState: storageStatePath('admin'),
    extraHTTPHeaders: { Origin: testServer.baseUrl },
  });
  const name = `audit page ${randomUUID().slice(0, 8)}`;
  const flowId = await createFlow(request, { name, template: 'simple-ivr' });
  await publish(request, flowId);
  await request.dispose();

  await page.goto('/audit');
  await expect(page.getByRole('heading', { name: 'Audit log' })).toBeVisible();
  const rows = page.getByRole('table').getByRole('row');
  const published = rows.filter({ hasText: `Published "${name}" as v1 — its first version` });
  await expect(published).toBeVisible();
  await expect(published).toContainText('admin@e2e.test');
  await expect(published).toContainText('127.0.0.1');
  await expect(published).toContainText('Flow published');
  await expectNoSeriousViolations(page);

  const filters = page.getByRole('form', { name: 'Filter the audit log' });
  await filters.getByRole('combobox', { name: 'What' }).selectOption('flow.publish');
  const search = filters.getByRole('searchbox', { name: 'Summary contains' });
  await search.fill(name);
  await search.press('Enter');
  await expect.poll(() => Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ action: 'flow.publish', q: name });
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText(`Published "${name}" as v1`);
  const exportQuery = new URLSearchParams({ action: 'flow.publish', q: name });
  await expect(page.getByRole('link', { name: 'Export CSV' })).toHaveAttribute('href', `/api/audit/export.csv?${exportQuery}`);

  // The details open from the keyboard.
  const details = rows.nth(1).getByText('Details');
  await details.focus();
  await details.press('Enter');
  await expect(rows.nth(1).locator('pre')).toContainText('"version": 1');

  await rows.nth(1).getByRole('link', { name: 'All entries for this flow' }).click();
  await expect.poll(() => Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ targetType: 'flow', targetId: flowId });
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(2)).toContainText(`Created flow "${name}"`);
  await expect(page.getByRole('form', { name: 'Filter the audit log' }).getByRole('searchbox', { name: 'Target id' })).toHaveValue(flowId);

  // Nothing matches: the empty state and its way out.
  await page.goto(`/audit?targetType=flow&targetId=${flowId}&action=number`);
  await expect(page.getByText('No entries match these filters')).toBeVisible();
  await expectNoSeriousViolations(page);
  await page.getByRole('link', { name: 'Clear filters' }).last().click();
  await expect(page).toHaveURL(/\/audit$/);
});

test('unreadable filters say which field to fix', async ({ page }) => {
  await page.goto('/audit?from=yesterday');
  await expect(page.getByRole('alert').filter({ hasText: 'These filters cannot be read' })).toContainText('from: from must be a date');
});

test.describe('a stranger', () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test('is sent to sign in', async ({ page }) => {
    await page.goto('/audit');
    await expect(page).toHaveURL(/\/sign-in\?next=%2Faudit$/);
  });
});
