import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { getCall, publishedTemplate } from '../support/api';
import { scriptedCall } from '../support/sandbox';

// The call history: two whole calls through the sandbox into the real webhooks, the
// list filtered to one flow through the URL, then one call's path, timeline and legs.

async function expectNoSeriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
}

test('filter the history to one flow and follow a finished call through its graph', async ({ page, request }) => {
  const wrong = await publishedTemplate(request, 'simple-ivr');
  const other = await publishedTemplate(request, 'simple-ivr');
  // A wrong key first: main_menu → retry_menu → (1) resolved.
  const call = await scriptedCall(request, { to: wrong.number, digits: ['9', '1'] });
  await scriptedCall(request, { to: other.number, digits: ['1'] });
  expect(call.outcome).toBe('COMPLETED');
  await expect.poll(async () => (await getCall(request, call.sessionId)).legs.length, { timeout: 10_000 }).toBeGreaterThan(0);

  await page.goto('/history');
  await expect(page.getByRole('heading', { name: 'Call history' })).toBeVisible();
  const filters = page.getByRole('form', { name: 'Filter calls' });
  await filters.getByRole('combobox', { name: 'Flow' }).selectOption(wrong.flowId);
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(new RegExp(`/history\\?flowId=${wrong.flowId}$`));
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(2);
  await page.reload();
  await expect(filters.getByRole('combobox', { name: 'Flow' })).toHaveValue(wrong.flowId);
  await expect(rows).toHaveCount(2);
  await expect(page.getByRole('link', { name: 'Export CSV' })).toHaveAttribute('href', `/api/calls/export.csv?flowId=${wrong.flowId}`);
  await expectNoSeriousViolations(page);

  // A filter nothing matches: the empty state and its way out.
  await filters.getByRole('spinbutton', { name: '8x8 error code' }).fill('-2010');
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByText('No calls match these filters')).toBeVisible();
  await page.goBack();
  await expect(rows).toHaveCount(2);

  await rows.nth(1).getByRole('link').click();
  await expect(page).toHaveURL(`/history/${call.sessionId}`);
  await expect(page.getByRole('heading', { name: /^Inbound call from/ })).toBeVisible();
  await expect(page.getByText('The call flow ran and the call ended normally.')).toBeVisible();
  await expect(page.getByTestId('digits-pressed')).toHaveText('9, 1');
  await expect(page.getByTestId('path-order')).toHaveText('start → main_menu → retry_menu → resolved');
  for (const [node, steps] of [
    ['start', '1'],
    ['main_menu', '2'],
    ['retry_menu', '3'],
    ['resolved', '4'],
  ] as const) {
    await expect(page.getByTestId(`path-node-${node}`)).toHaveAttribute('data-steps', steps);
    await expect(page.getByRole('list', { name: `Steps at ${node}` })).toHaveText(steps);
  }
  await expect(page.getByTestId('path-node-agent')).not.toHaveAttribute('data-steps');
  await expect(page.locator('.react-flow__edge.path-taken')).toHaveCount(3);

  const timeline = page.getByRole('list', { name: 'Event timeline' });
  await expect(timeline.getByText('Call action (VCA)').first()).toBeVisible();
  await expect(timeline.getByText('Session summary (VSS)')).toBeVisible();
  await timeline.getByText('Reply out (JSON)').first().click();
  await expect(timeline.getByText('"clientActionId"').first()).toBeVisible();
  const legs = page.getByRole('table', { name: 'Call legs and their quality' });
  await expect(legs.getByRole('row')).not.toHaveCount(1);
  await expectNoSeriousViolations(page);
});

test('an unknown session is a 404 page', async ({ page }) => {
  const response = await page.goto('/history/no-such-session');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'No such call' })).toBeVisible();
});
