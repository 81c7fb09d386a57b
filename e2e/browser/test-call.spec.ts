import { expect as baseExpect, test } from '@playwright/test';
import { restaurantGuide } from '@/lib/testing/guide-callflows';
import { publishedTemplate } from '../support/api';
import { canvasNode } from '../support/designer';

const prompt = (menu: unknown[]) => (menu[0] as { params: { promptMessage: string } }).params.promptMessage;

// The sandbox plays the call at real speed here: ringing, then prompts as long as speech.
test.use({ actionTimeout: 15_000 });
test.describe.configure({ timeout: 90_000 });
// A prompt plays to its end (the welcome takes ~9 s) before the caller's keys are acted on.
const expect = baseExpect.configure({ timeout: 25_000 });

test('a test call in the browser runs through the sandbox, the webhooks and the engine, lighting up each step', async ({ page, request }) => {
  const { flowId } = await publishedTemplate(request, 'restaurant');
  await page.goto(`/flows/${flowId}`);
  await page.getByRole('button', { name: 'Test call' }).click();
  const phone = page.getByRole('region', { name: 'Test call' });
  await phone.getByLabel('Speak the prompts aloud').uncheck();
  await phone.getByRole('button', { name: 'Call', exact: true }).click();

  const heard = phone.getByRole('list', { name: 'What happened on the call' });
  await expect(heard).toContainText(prompt(restaurantGuide.welcome));
  await expect(canvasNode(page, 'welcome').locator('[data-live]')).toBeVisible();

  await phone.getByRole('group', { name: 'Dial pad' }).getByRole('button', { name: '1', exact: true }).click();
  await expect(heard).toContainText('pressed 1');
  await expect(heard).toContainText(prompt(restaurantGuide.reservations));
  await expect(canvasNode(page, 'reservations').locator('[data-live]')).toBeVisible();

  // The keyboard presses keys too while the phone has focus.
  await phone.getByRole('group', { name: 'Dial pad' }).getByRole('button', { name: '2', exact: true }).focus();
  await page.keyboard.press('3');
  await expect(heard).toContainText('pressed 3');
  await expect(canvasNode(page, 'main_menu').locator('[data-live]')).toBeVisible();

  await phone.getByRole('button', { name: 'Hang up' }).click();
  await expect(heard).toContainText('call ended');
  await expect(page.locator('[data-live]')).toHaveCount(0);
});
