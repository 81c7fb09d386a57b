import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { getCall, publishedTemplate } from '../support/api';
import { sandboxNumbers, scriptedCall } from '../support/sandbox';

// The analytics dashboard for one flow's calls (made through the sandbox into the
// real webhooks), its filters kept in the URL, and the empty state.

async function expectNoSeriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
}

test('the dashboard filtered to one flow shows that flow’s calls', async ({ page, request }) => {
  // Two sandbox calls, two page loads and two axe scans of a page listing every flow: ~13 s
  // alone, over 30 s when the machine's two cores are shared (seen in a CI rehearsal).
  test.setTimeout(90_000);
  const { flowId, number } = await publishedTemplate(request, 'simple-ivr');
  const calls = await Promise.all([
    scriptedCall(request, { to: number, digits: ['1'] }),
    // A callback: an inbound call never answered sends no VCA, so its session names no flow.
    scriptedCall(request, { flowId, from: sandboxNumbers[1], digits: [], outcome: 'NO_ANSWER' }),
  ]);
  for (const call of calls) {
    await expect.poll(async () => (await getCall(request, call.sessionId)).session.finalStatus, { timeout: 10_000 }).not.toBeNull();
  }

  await page.goto('/analytics');
  await expect(page.getByRole('heading', { name: 'Analytics', level: 1 })).toBeVisible();
  const filters = page.getByRole('form', { name: 'Filter analytics' });
  await filters.getByRole('combobox', { name: 'Period' }).selectOption('24h');
  await filters.getByRole('combobox', { name: 'Flow' }).selectOption(flowId);
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(new RegExp(`/analytics\\?period=24h&flowId=${flowId}$`));

  const card = (name: string) => page.getByRole('group', { name });
  await expect(card('Total calls').getByText('2', { exact: true })).toBeVisible();
  await expect(card('Completed').getByText('1', { exact: true })).toBeVisible();
  const outcomes = page.getByRole('list', { name: 'Outcomes' });
  await expect(outcomes.getByTestId('outcome-count-COMPLETED')).toHaveText('1');
  await expect(outcomes.getByTestId('outcome-count-NO_ANSWER')).toHaveText('1');
  await expect(outcomes.getByText('The number called did not answer.')).toBeVisible();
  await expect(page.getByRole('figure', { name: 'Calls per hour (UTC)' })).toBeVisible();
  await expect(page.getByRole('figure', { name: 'Call quality' })).toBeVisible();
  await expectNoSeriousViolations(page);

  await page.reload();
  await expect(filters.getByRole('combobox', { name: 'Flow' })).toHaveValue(flowId);
  await expect(card('Total calls').getByText('2', { exact: true })).toBeVisible();

  // Custom dates before any call: the empty state.
  await filters.getByRole('combobox', { name: 'Period' }).selectOption('custom');
  await filters.getByLabel('From (UTC)').fill('2020-01-01');
  await filters.getByLabel('To (UTC, inclusive)').fill('2020-01-02');
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/period=custom/);
  await expect(page.getByText('No calls in this period.')).toBeVisible();
  await expectNoSeriousViolations(page);
});
