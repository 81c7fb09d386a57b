import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { canvasNode } from '../support/designer';
import { publishedOverlayFlow, summarized } from '../support/overlay-flow';
import { scriptedCall } from '../support/sandbox';

// The designer's analytics overlay on a flow with known calls: counts on steps,
// outputs and connections; the version shown read only; error, empty, keyboard, axe.

const edge = (page: Page, id: string) => page.getByTestId(`rf__edge-${id}`);
const output = (page: Page, node: string, name: string) => canvasNode(page, node).locator(`[data-output="${name}"]`);
const stats = (page: Page, node: string) => canvasNode(page, node).getByTestId('node-analytics');

test('the overlay shows each step’s visits and each branch’s calls, exactly the calls made', async ({ page, request }) => {
  test.setTimeout(120_000);
  const { flowId, number } = await publishedOverlayFlow(request);
  const calls = await Promise.all([
    scriptedCall(request, { to: number, digits: ['1'] }), // news → end
    scriptedCall(request, { to: number, digits: ['7', '2'] }), // invalid → sorry → main, 2 → end
    scriptedCall(request, { to: number, digits: [null] }), // no input → bye → end
  ]);
  for (const call of calls) await summarized(request, call.sessionId);

  await page.goto(`/flows/${flowId}`);
  await expect(canvasNode(page, 'main')).toBeVisible();
  await expect(page.getByTestId('node-analytics')).toHaveCount(0);

  // A failed request shows its message and a retry.
  await page.route('**/api/flows/*/analytics?*', (route) =>
    route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ error: 'The database is busy' }) }),
  );
  const toggle = page.getByRole('button', { name: 'Analytics', exact: true });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  // It opens its own tab in the side panel.
  const panel = page.getByRole('tabpanel', { name: 'Analytics' });
  await expect(page.getByRole('tab', { name: 'Analytics' })).toHaveAttribute('aria-selected', 'true');
  await expect(panel.getByRole('alert')).toContainText('Could not load the analytics: The database is busy');
  await page.unroute('**/api/flows/*/analytics?*');
  await panel.getByRole('button', { name: 'Retry' }).click();

  await expect(panel.getByRole('status')).toHaveText('3 calls on version 1.');
  await expect(panel.getByLabel('Version')).toHaveValue('1');
  await expect(panel.getByLabel('Period')).toHaveValue('7d');
  // Counts sit on version 1, read only: the draft is not editable while they show.
  await expect(panel.getByText('Showing version 1, read only')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  await expect(page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: 'Say' })).toBeDisabled();

  await expect(stats(page, 'start')).toHaveText('3 visits');
  await expect(stats(page, 'main')).toContainText('4 visits');
  await expect(stats(page, 'main')).toContainText('Hung up 0 · No input 1 · Invalid 1');
  await expect(stats(page, 'news')).toHaveText('1 visit');
  await expect(stats(page, 'sorry')).toHaveText('1 visit');
  await expect(stats(page, 'bye')).toHaveText('1 visit');
  await expect(stats(page, 'end')).toHaveText('3 visits · 3 ended here');
  for (const [name, count] of [['1', 1], ['2', 1], ['noInput', 1], ['invalid', 1]] as const) {
    await expect(output(page, 'main', name).getByTestId('exit-count')).toHaveText(`${count} call${count === 1 ? '' : 's'}`);
  }
  for (const [id, count] of [['start-main', 3], ['main-news', 1], ['main-end', 1], ['main-sorry', 1], ['sorry-main', 1], ['main-bye', 1], ['news-end', 1], ['bye-end', 1]] as const) {
    await expect(edge(page, id)).toHaveAttribute('aria-label', new RegExp(`^${count} calls? from `));
    await expect(edge(page, id).locator('.react-flow__edge-text')).toHaveText(String(count));
  }
  const dropOff = panel.getByRole('table', { name: 'Drop-off per menu' });
  await expect(dropOff.getByRole('row', { name: /main/ })).toHaveText(/main\s*0\s*1\s*1/);

  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} — ${v.help}`)).toEqual([]);

  // A period without calls: the empty state.
  await panel.getByLabel('Period').selectOption('custom');
  await expect(panel.getByText('Choose both dates.')).toBeVisible();
  await panel.getByLabel('From (UTC)').fill('2020-01-01');
  await panel.getByLabel('To (UTC, inclusive)').fill('2020-01-02');
  await expect(panel.getByText('No calls on version 1 in this period.')).toBeVisible();
  await expect(stats(page, 'start')).toHaveText('0 visits');
  await expect(panel.getByRole('link', { name: /analytics dashboard/ })).toHaveAttribute(
    'href',
    `/analytics?flowId=${flowId}&period=custom&from=2020-01-01&to=2020-01-02`,
  );

  // Off: the draft again, editable, without counts; the toggle kept the focus throughout.
  await toggle.press('Space');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(toggle).toBeFocused();
  await expect(panel).toHaveCount(0);
  await expect(page.getByTestId('node-analytics')).toHaveCount(0);
  await expect(edge(page, 'start-main').locator('.react-flow__edge-text')).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: 'Say' })).toBeEnabled();
  await expect(page.getByRole('status').filter({ hasText: /All changes saved/ })).toBeVisible();
});

test('an unpublished flow: the overlay says to publish first', async ({ page, request }) => {
  const response = await request.post('/api/flows', { data: { name: 'overlay unpublished' } });
  const { id } = (await response.json()) as { id: string };
  await page.goto(`/flows/${id}`);
  await page.getByRole('button', { name: 'Analytics', exact: true }).click();
  await expect(page.getByRole('tabpanel', { name: 'Analytics' })).toContainText('Not published yet');
  await page.getByRole('button', { name: 'Close analytics' }).click();
  const toggle = page.getByRole('button', { name: 'Analytics', exact: true });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(toggle).toBeFocused();
  await expect(page.getByRole('tab', { name: 'Step' })).toHaveAttribute('aria-selected', 'true');
});
