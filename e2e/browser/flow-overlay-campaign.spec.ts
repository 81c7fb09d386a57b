import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from '../support/axe';
import { canvasNode } from '../support/designer';
import { runCampaign } from '../support/overlay-campaign';
import { publishedOverlayFlow, summarized } from '../support/overlay-flow';
import { scriptedCall } from '../support/sandbox';

// The designer's overlay filtered to one campaign: a small campaign run against the sandbox
// beside calls dialed in, its calls alone counted once it is picked, kept across a reload,
// and reached from the campaign's page.

const stats = (page: Page, node: string) => canvasNode(page, node).getByTestId('node-analytics');
const edgeLabel = (page: Page, id: string) => page.getByTestId(`rf__edge-${id}`).locator('.react-flow__edge-text');

test('picking a campaign counts its calls only, across a reload and from the campaign’s page', async ({ page, request }) => {
  test.setTimeout(240_000);
  const { flowId, number } = await publishedOverlayFlow(request);
  const dialedIn = await Promise.all([
    scriptedCall(request, { to: number, digits: ['2'] }), // main → end
    scriptedCall(request, { to: number, digits: ['7', '2'] }), // invalid → sorry → main, 2 → end
  ]);
  for (const call of dialedIn) await summarized(request, call.sessionId);
  const name = `Spring renewals ${Date.now()}`;
  const { id } = await runCampaign(request, flowId, 2, ['1'], name); // main → news → end, twice

  await page.goto(`/flows/${flowId}`);
  await page.getByRole('button', { name: 'Analytics', exact: true }).click();
  const panel = page.getByRole('tabpanel', { name: 'Analytics' });
  await expect(panel.getByRole('status')).toHaveText('4 calls on version 1.');
  await expect(stats(page, 'start')).toHaveText('4 visits');
  await expect(stats(page, 'sorry')).toHaveText('1 visit');
  await expect(edgeLabel(page, 'main-end')).toHaveText('2');

  const campaign = panel.getByRole('combobox', { name: 'Campaign' });
  await expect(campaign).toHaveValue('');
  await expect(campaign.locator('option', { hasText: name })).toHaveText(new RegExp(`^${name} \\(started \\d{4}-\\d{2}-\\d{2}, version 1\\)$`));
  await campaign.selectOption(id);
  await expect(panel.getByRole('status')).toHaveText(`2 calls of campaign ${name} on version 1.`);
  await expect(stats(page, 'start')).toHaveText('2 visits');
  await expect(stats(page, 'main')).toContainText('2 visits');
  await expect(stats(page, 'main')).toContainText('Hung up 0 · No input 0 · Invalid 0');
  await expect(stats(page, 'news')).toHaveText('2 visits');
  await expect(stats(page, 'sorry')).toHaveText('0 visits');
  await expect(edgeLabel(page, 'main-end')).toHaveText('0');
  await expect(edgeLabel(page, 'main-news')).toHaveText('2');
  // Its period: the days it ran.
  await expect(panel.getByLabel('Period')).toHaveValue('custom');
  await expect(page).toHaveURL(new RegExp(`/flows/${flowId}\\?analytics=on&campaign=${id}$`));
  await expectNoSeriousAxeViolations(page);

  // A reload keeps the overlay on and filtered.
  await page.reload();
  await expect(panel.getByRole('status')).toHaveText(`2 calls of campaign ${name} on version 1.`);
  await expect(campaign).toHaveValue(id);
  await expect(stats(page, 'start')).toHaveText('2 visits');

  // Every call again.
  await campaign.selectOption('');
  await expect(panel.getByRole('status')).toHaveText('4 calls on version 1.');
  await expect(page).toHaveURL(new RegExp(`/flows/${flowId}\\?analytics=on$`));

  // From the campaign's page, straight to its calls.
  await page.goto(`/campaigns/${id}`);
  await page.getByRole('link', { name: 'See this campaign’s calls in the designer' }).click();
  await expect(page).toHaveURL(new RegExp(`/flows/${flowId}\\?analytics=on&campaign=${id}$`));
  await expect(page.getByRole('tab', { name: 'Analytics' })).toHaveAttribute('aria-selected', 'true');
  await expect(panel.getByRole('status')).toHaveText(`2 calls of campaign ${name} on version 1.`);
  await expect(stats(page, 'news')).toHaveText('2 visits');
  await expectNoSeriousAxeViolations(page);
});

test('a flow no campaign has run says so instead of offering a filter', async ({ page, request }) => {
  const { flowId } = await publishedOverlayFlow(request);
  await page.goto(`/flows/${flowId}?analytics=on&campaign=6f1c2a4e-0000-4000-8000-000000000000`);
  const panel = page.getByRole('tabpanel', { name: 'Analytics' });
  await expect(panel.getByText('No campaign has run this flow: every call is counted.')).toBeVisible();
  await expect(panel.getByRole('combobox', { name: 'Campaign' })).toHaveCount(0);
  await expect(panel.getByRole('alert')).toContainText('The link named a campaign that has not run this flow');
  await expect(panel.getByRole('status')).toHaveText('No calls on version 1 in this period.');
});
