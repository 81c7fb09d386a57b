import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';

// The Step tab: editing a step's settings updates the canvas, the callflow and the checks live.

const stepTab = (page: Page) => page.getByRole('tabpanel', { name: 'Step' });
const canvasStep = (page: Page, text: string) =>
  page.getByRole('region', { name: 'Flow canvas' }).getByRole('group').filter({ hasText: text });

test.beforeEach(async ({ page, request }) => {
  const response = await request.post('/api/flows', { data: { name: `inspector ${randomUUID().slice(0, 8)}`, template: 'restaurant' } });
  expect(response.status(), await response.text()).toBe(201);
  const { id } = (await response.json()) as { id: string };
  await page.goto(`/flows/${id}`);
  await expect(stepTab(page)).toContainText('Select a step on the canvas');
});

test('editing a Say step updates its card and its callflow', async ({ page }) => {
  await canvasStep(page, 'Our restaurant hours are between').click();
  const panel = stepTab(page);
  await expect(panel.getByRole('heading', { name: 'Say' })).toBeVisible();
  await expect(panel).toContainText('hours');

  const message = panel.getByRole('textbox', { name: 'Message' });
  await message.fill('We are open from 10AM to 10PM, {{caller}}.');
  await expect(panel.getByText('42 / 3000')).toBeVisible();
  await expect(canvasStep(page, 'We are open from 10AM to 10PM')).toBeVisible();

  await panel.getByRole('tab', { name: 'Callflow' }).click();
  await expect(panel.getByRole('tab', { name: 'Callflow' })).toHaveAttribute('aria-selected', 'true');
  await expect(panel.getByLabel('Actions this step adds to the reply')).toContainText('"text": "We are open from 10AM to 10PM, +6591234567."');
});

test('an invalid transfer number is flagged beside its field', async ({ page }) => {
  await canvasStep(page, 'After the call').click();
  const destination = stepTab(page).getByRole('textbox', { name: 'Number to call' });
  await expect(destination).toHaveAccessibleDescription(/\+6591234567 or \{\{caller\}\}/);
  await expect(destination).not.toHaveAttribute('aria-invalid', 'true');

  await destination.fill('12345');
  await expect(destination).toHaveAttribute('aria-invalid', 'true');
  await expect(destination).toHaveAccessibleDescription(/must be a phone number in E\.164 format/);

  await destination.fill('{{caller}}');
  await expect(destination).not.toHaveAttribute('aria-invalid', 'true');
});

test('adding a menu option adds an output to the card', async ({ page }) => {
  await canvasStep(page, 'Connecting you to the next available representative').click();
  const panel = stepTab(page);
  const card = canvasStep(page, 'Connecting you to the next available representative');
  // Handles have no role; React Flow names each by its output id.
  const pressThree = card.locator('.react-flow__handle.source[data-handleid="3"]');
  await expect(pressThree).toHaveCount(0);

  await panel.getByRole('button', { name: '+ Add option' }).click();
  await expect(panel.getByRole('textbox', { name: 'Option 3 Keys' })).toBeFocused();
  await expect(panel.getByRole('textbox', { name: 'Option 3 Keys' })).toHaveValue('3');
  await expect(pressThree).toBeVisible();
  await expect(card).toContainText('Press 3');
});
