import AxeBuilder from '@axe-core/playwright';
import { randomUUID } from 'node:crypto';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { createFlow, getCall, publish, routeNumber, uniqueNumber } from '../support/api';

// The calls page: one callback, a refused one, a CSV batch (with pause and resume),
// all into the sandbox, which stands in for 8x8. Nothing here waits for calls to end.

/** The sandbox subaccount's own numbers: the only caller ids it accepts. */
const sandboxNumbers = ['+6568332048', '+6561115777'] as const;
const voice = { voiceProfile: 'en-US-BenjaminRUS' };

/** A published flow whose first prompt greets the person by {{vars.name}}. */
async function greetingFlow(request: APIRequestContext, name: string) {
  const document = {
    schemaVersion: 1,
    nodes: [
      { id: 'start', kind: 'start', position: { x: 0, y: 0 }, data: {} },
      { id: 'hello', kind: 'menu', position: { x: 1, y: 0 }, data: { promptMessage: 'Hello {{vars.name}}, press 1.', ...voice, maxDigits: 1, options: [{ digits: '1' }] } },
      { id: 'end', kind: 'hangup', position: { x: 2, y: 0 }, data: {} },
    ],
    edges: [
      { id: 'a', source: 'start', sourceHandle: 'next', target: 'hello' },
      { id: 'b', source: 'hello', sourceHandle: '1', target: 'end' },
    ],
  };
  const flowId = await createFlow(request, { name, document });
  await publish(request, flowId);
  return flowId;
}

const tag = () => `t${randomUUID().slice(0, 8)}`;
const newCall = (page: Page) => page.getByRole('region', { name: 'New call' });
const recent = (page: Page) => page.getByRole('region', { name: 'Recent outbound calls' });

test('launch one call from the flows page’s Call action into the sandbox', async ({ page, request }) => {
  const name = `${tag()} callback`;
  const flowId = await greetingFlow(request, name);
  const unpublished = `${tag()} draft only`;
  await createFlow(request, { name: unpublished, template: 'simple-ivr' });

  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search flows' }).fill(name);
  await page.getByRole('link', { name: `Call with ${name}` }).click();
  await expect(page).toHaveURL(`/calls?flowId=${flowId}`);
  await expect(page.getByRole('link', { name: 'Calls', exact: true })).toBeVisible();

  const form = newCall(page);
  await expect(form.getByRole('combobox', { name: 'Flow' })).toHaveValue(flowId);
  await expect(form.getByRole('option', { name: `${unpublished} — publish first` })).toBeDisabled();
  await expect(page.getByRole('main').getByText('Sandbox', { exact: true })).toBeVisible();

  const source = form.getByRole('combobox', { name: 'Source (caller id)' });
  await expect(source.getByRole('option', { name: new RegExp(`^\\${sandboxNumbers[1]}`) })).toBeAttached();
  await source.selectOption(sandboxNumbers[1]);

  const destination = uniqueNumber();
  const field = form.getByRole('textbox', { name: 'Destination' });
  await field.fill('+12');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByText('+12 is not an E.164 number yet')).toBeVisible();
  await field.fill(`${destination.slice(0, 3)} ${destination.slice(3)}`);
  await expect(field).toHaveAttribute('aria-invalid', 'false');
  await expect(form.getByText(`Will call ${destination}.`)).toBeVisible();

  await form.getByRole('button', { name: 'Launch' }).click();
  const status = form.getByRole('status');
  await expect(status).toContainText(`Calling ${destination} — 8x8 created session`);
  const sessionId = (await status.textContent())!.match(/session ([0-9a-f-]{36})/)![1]!;

  const row = recent(page).getByRole('row').filter({ hasText: sessionId });
  await expect(row).toContainText(destination);
  await expect(row).toContainText(sandboxNumbers[1]);
  await expect(row).toContainText(name);
  expect((await getCall(request, sessionId)).session).toMatchObject({ caller: destination, dialed: sandboxNumbers[1], direction: 'OUTBOUND' });
});

test('a refused call shows 8x8’s reason, from the routed number and from an other number', async ({ page, request }) => {
  const name = `${tag()} refused`;
  const flowId = await greetingFlow(request, name);
  const routed = await routeNumber(request, flowId);
  await page.goto(`/calls?flowId=${flowId}`);

  const form = newCall(page);
  // The source defaults to the flow's routed number, which the sandbox does not own.
  const source = form.getByRole('combobox', { name: 'Source (caller id)' });
  await expect(source).toHaveValue(routed);
  await expect(source.getByRole('option', { name: `${routed} — routed to this flow, not one of the account’s numbers` })).toBeAttached();
  const destination = uniqueNumber();
  await form.getByRole('textbox', { name: 'Destination' }).fill(destination);
  await form.getByRole('button', { name: 'Launch' }).click();
  await expect(form.getByRole('alert')).toContainText('8x8 refused: source / caller ID not allowed (-1014)');

  const row = recent(page).getByRole('row').filter({ hasText: destination });
  await expect(row).toContainText('not created');
  await expect(row).toContainText('8x8 refused: source / caller ID not allowed (-1014)');

  const other = uniqueNumber();
  await source.selectOption({ label: 'Other number…' });
  await form.getByRole('textbox', { name: 'Other caller id' }).fill(other);
  await form.getByRole('button', { name: 'Launch' }).click();
  await expect(form.getByRole('alert')).toContainText('8x8 refused: source / caller ID not allowed (-1014)');
  await expect(recent(page).getByRole('row').filter({ hasText: other })).toContainText('not created');
});

test('the calls page has no serious accessibility violations', async ({ page }) => {
  await page.goto('/calls');
  await expect(newCall(page).getByText(/8x8 accepts only the account’s own numbers/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'campaign', exact: true })).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
});
