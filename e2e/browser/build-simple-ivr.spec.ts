import { expect, test, type Page } from '@playwright/test';
import { simpleIvrGuide } from '@/lib/testing/guide-callflows';
import { caller, createFlow, uniqueNumber } from '../support/api';
import { canvasNode, connect, dragStepOntoCanvas, expectSaved } from '../support/designer';

// A person who has never seen the product builds 8x8's Simple IVR from a blank flow
// with drag and drop and forms only, publishes it, routes a number to it — and 8x8's
// webhooks then get the guide's replies.

const agent = '+6531589338';
const guidePrompt = (menu: unknown[]) => (menu[0] as { params: { promptMessage: string } }).params.promptMessage;

const inspector = (page: Page) => page.getByRole('tabpanel', { name: 'Step' });

async function fillMenu(page: Page, prompt: string) {
  const field = (name: string) => inspector(page).getByRole('textbox', { name, exact: true });
  await field('Prompt').fill(prompt);
  await field('Repeat').fill('1');
  await field('Digit timeout').fill('10000');
  await field('Overall timeout').fill('10000');
  await field('Failure message').fill('Invalid input, please try again');
}

/** The guide sends successMessage: null; the form leaves an unset message out. 8x8 reads both alike. */
const withoutNulls = (callflow: unknown[]) =>
  JSON.parse(JSON.stringify(callflow, (_key, value: unknown) => (value === null ? undefined : value))) as unknown[];

test.use({ viewport: { width: 1800, height: 1100 } });

test('build the Simple IVR by hand, publish it, route a number, and 8x8 gets the guide’s replies', async ({ page, request }) => {
  test.setTimeout(120_000);
  const flowId = await createFlow(request, {});
  await page.goto(`/flows/${flowId}`);
  await expect(canvasNode(page, 'start')).toBeVisible();

  // The first menu.
  await dragStepOntoCanvas(page, 'Menu', { x: 60, y: 40 });
  await expect(canvasNode(page, 'menu_1')).toBeVisible();
  await fillMenu(page, guidePrompt(simpleIvrGuide.firstMenu));
  await connect(page, { node: 'start', output: 'next' }, 'menu_1');

  // 1 → hang up.
  await dragStepOntoCanvas(page, 'Hang up', { x: 950, y: 60 });
  await connect(page, { node: 'menu_1', output: '1' }, 'hangup_1');

  // 2 → transfer to the agent, shown our number.
  await dragStepOntoCanvas(page, 'Transfer', { x: 950, y: 700 });
  await inspector(page).getByRole('textbox', { name: 'Number to call', exact: true }).fill(agent);
  await connect(page, { node: 'menu_1', output: '2' }, 'transfer_1');

  // Anything else → "Sorry…" with the same choices, again and again.
  await dragStepOntoCanvas(page, 'Menu', { x: 60, y: 620 });
  await expect(canvasNode(page, 'menu_2')).toBeVisible();
  await fillMenu(page, guidePrompt(simpleIvrGuide.sorryMenu));
  await connect(page, { node: 'menu_1', output: 'invalid' }, 'menu_2');
  await connect(page, { node: 'menu_1', output: 'noInput' }, 'menu_2');
  await connect(page, { node: 'menu_2', output: '1' }, 'hangup_1');
  await connect(page, { node: 'menu_2', output: '2' }, 'transfer_1');
  await connect(page, { node: 'menu_2', output: 'invalid' }, 'menu_2');
  await connect(page, { node: 'menu_2', output: 'noInput' }, 'menu_2');

  await expect(page.getByRole('tab', { name: 'Problems', exact: true })).toBeVisible(); // no count: no problems
  await expectSaved(page);
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByText('Published version 1.')).toBeVisible();

  // Route a number to it, in the Numbers tab.
  const number = uniqueNumber();
  await page.getByRole('tab', { name: 'Numbers' }).click();
  const numbers = page.getByRole('tabpanel', { name: 'Numbers' });
  await numbers.getByRole('textbox', { name: 'Phone number' }).fill(number);
  await numbers.getByRole('button', { name: 'Route number' }).click();
  await expect(numbers.getByText(number, { exact: true })).toBeVisible();

  // 8x8 calls: the guide's replies, digit by digit.
  const call = () => caller(request, { destination: number });
  const first = call();
  expect(withoutNulls((await first.dial()).callflow)).toEqual(withoutNulls(simpleIvrGuide.firstMenu));
  expect((await first.press('1')).callflow).toEqual(simpleIvrGuide.hangUp);

  const second = call();
  await second.dial();
  expect((await second.press('2')).callflow).toEqual(simpleIvrGuide.connectAgent(number, agent));

  const third = call();
  await third.dial();
  expect(withoutNulls((await third.press('9')).callflow)).toEqual(withoutNulls(simpleIvrGuide.sorryMenu));
  expect(withoutNulls((await third.press(null)).callflow)).toEqual(withoutNulls(simpleIvrGuide.sorryMenu));
  expect((await third.press('1')).callflow).toEqual(simpleIvrGuide.hangUp);
});
