import { expect as baseExpect, test, type APIRequestContext } from '@playwright/test';
import { publishedTemplate } from '../support/api';
import { sandboxCall } from '../support/sandbox';

// The live view follows calls as their webhooks arrive, without a reload.

// Half speed: the welcome menu listens for 5 s, ample for a test to press a key.
const speed = 0.5;
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 90_000 });

async function placeCall(request: APIRequestContext, to: string) {
  const response = await request.post('/sandbox/api/calls', {
    data: { direction: 'inbound', from: '+6591234567', to, party: { mode: 'interactive' }, speed },
  });
  baseExpect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { sessionId: string }).sessionId;
}

const listening = (request: APIRequestContext, sessionId: string) =>
  baseExpect.poll(async () => (await sandboxCall(request, sessionId)).waitingForDigits, { timeout: 15_000, intervals: [50] }).toBe(true);

test('calls appear, move through the flow and leave the live view as their webhooks arrive', async ({ page, request }) => {
  const { number, flowId } = await publishedTemplate(request, 'restaurant');
  await page.goto('/live');
  await expect(page.getByRole('status', { name: 'Connection: Live' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Live' })).toBeVisible();

  const first = await placeCall(request, number);
  const second = await placeCall(request, number);
  const row = (sessionId: string) => page.getByRole('row').filter({ hasText: sessionId });

  for (const sessionId of [first, second]) {
    await expect(row(sessionId)).toBeVisible();
    await expect(row(sessionId)).toContainText('Inbound');
    await expect(row(sessionId)).toContainText('+6591234567');
    await expect(row(sessionId)).toContainText(number);
    await expect(row(sessionId)).toContainText('welcome');
  }
  const flowName = ((await (await request.get(`/api/flows/${flowId}`)).json()) as { name: string }).name;
  await expect(row(first)).toContainText(flowName);

  // The duration ticks.
  const durationCell = row(first).getByRole('cell').first();
  const before = await durationCell.textContent();
  await expect(durationCell).not.toHaveText(before ?? '');

  // A key moves the call on: a new status and node.
  await listening(request, first);
  const pressed = await request.post(`/sandbox/api/calls/${first}/digits`, { data: { digits: '1' } });
  baseExpect(pressed.status(), await pressed.text()).toBe(202);
  await expect(row(first)).toContainText('reservations');
  await expect(row(first)).toContainText('action completed');
  await expect(row(second)).toContainText('welcome');

  // Hanging up sends the summary: the call leaves the live view; the other stays.
  const hungUp = await request.post(`/sandbox/api/calls/${first}/hangup`);
  baseExpect(hungUp.status()).toBe(202);
  await expect(row(first)).toHaveCount(0);
  await expect(row(second)).toBeVisible();
  await request.post(`/sandbox/api/calls/${second}/hangup`);
  await expect(row(second)).toHaveCount(0);
});
