import AxeBuilder from '@axe-core/playwright';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
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
const bulk = (page: Page) => page.getByRole('region', { name: 'Bulk callbacks' });
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

test('bulk callbacks from pasted CSV: the bad row is explained, the good rows are created with their vars, and the results export', async ({ page, request }) => {
  const name = `${tag()} bulk`;
  const flowId = await greetingFlow(request, name);
  const [ann, cy] = [uniqueNumber(), uniqueNumber()];
  await page.goto('/calls');

  const section = bulk(page);
  await section.getByRole('textbox', { name: 'CSV text' }).fill(`\uFEFFnumber,name\r\n${ann},Ann\r\n+12,Bo\r\n\r\n${cy},"Lee, Cy"\r\n`);
  await expect(section.getByText('3 rows: 2 to call, 1 excluded (marked below).')).toBeVisible();
  await expect(section.getByRole('row').filter({ hasText: '+12' })).toContainText('Excluded — row 3: +12 is not an E.164 number');

  await section.getByRole('combobox', { name: 'Flow' }).selectOption(flowId);
  await section.getByRole('combobox', { name: 'Source (caller id)' }).selectOption(sandboxNumbers[0]);
  await section.getByRole('spinbutton', { name: 'Rate (calls per minute)' }).fill('600');
  await section.getByRole('button', { name: 'Start' }).click();

  const progress = section.getByRole('progressbar', { name: 'Batch progress' });
  await expect(progress).toHaveAttribute('aria-valuenow', '100');
  await expect(section.getByRole('status')).toHaveText('Done: 3 rows — 2 created, 0 failed, 1 skipped.');

  const results = section.getByRole('table', { name: 'Batch results' });
  await expect(results.getByRole('row').filter({ hasText: '+12' })).toContainText('skipped');
  await expect(results.getByRole('row').filter({ hasText: '+12' })).toContainText('row 3: +12 is not an E.164 number');
  const annRow = results.getByRole('row').filter({ hasText: ann });
  await expect(annRow).toContainText('created');
  const annSession = (await annRow.getByRole('cell').nth(3).textContent())!.trim();
  expect(annSession).toMatch(/^[0-9a-f-]{36}$/);
  expect((await getCall(request, annSession)).session).toMatchObject({ caller: ann, dialed: sandboxNumbers[0], vars: { name: 'Ann' } });
  await expect(results.getByRole('row').filter({ hasText: cy })).toContainText('created');
  await expect(recent(page).getByRole('row').filter({ hasText: annSession })).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: 'Export results as CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^callback-results-.*\.csv$/);
  const lines = (await readFile((await download.path())!, 'utf8')).trimEnd().split('\r\n');
  expect(lines).toHaveLength(4);
  expect(lines[0]).toBe('row,number,result,session_id,reason,name');
  // Numbers are written as text ("'+65…"), as OWASP advises against formula cells.
  expect(lines[1]).toBe(`2,'${ann},created,${annSession},,Ann`);
  expect(lines[2]).toBe("3,'+12,skipped,,row 3: +12 is not an E.164 number (e.g. +6591234567),Bo");
  expect(lines[3]).toMatch(new RegExp(`^5,'\\${cy},created,[0-9a-f-]{36},,"Lee, Cy"$`));
});

test('a batch from an uploaded file pauses and resumes', async ({ page, request }) => {
  const flowId = await greetingFlow(request, `${tag()} paced`);
  await page.clock.install();
  await page.goto('/calls');

  const section = bulk(page);
  const csv = `number,name\n${uniqueNumber()},Ann\n${uniqueNumber()},Bo\n`;
  await section.getByLabel('Upload a .csv file').setInputFiles({ name: 'callbacks.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(section.getByText('Loaded callbacks.csv.')).toBeVisible();
  await expect(section.getByText('2 rows: 2 to call.')).toBeVisible();
  await section.getByRole('combobox', { name: 'Flow' }).selectOption(flowId);
  await section.getByRole('combobox', { name: 'Source (caller id)' }).selectOption(sandboxNumbers[1]);
  // One a minute: the second call waits a minute after the first.
  await section.getByRole('spinbutton', { name: 'Rate (calls per minute)' }).fill('1');
  await section.getByRole('button', { name: 'Start' }).click();

  const progress = section.getByRole('progressbar', { name: 'Batch progress' });
  await expect(progress).toHaveAttribute('aria-valuenow', '50');
  await section.getByRole('button', { name: 'Pause' }).click();
  await expect(section.getByRole('status')).toHaveText('Paused after 1 of 2 rows — 1 created, 0 failed, 0 skipped.');

  // Well past the minute, a paused batch still does not call.
  await page.clock.fastForward('02:00');
  await expect(progress).toHaveAttribute('aria-valuenow', '50');
  await expect(section.getByRole('table', { name: 'Batch results' }).getByRole('row')).toHaveCount(2);

  await section.getByRole('button', { name: 'Resume' }).click();
  await expect(progress).toHaveAttribute('aria-valuenow', '100');
  await expect(section.getByRole('status')).toHaveText('Done: 2 rows — 2 created, 0 failed, 0 skipped.');
});

test('cancel stops a batch before its next call', async ({ page, request }) => {
  const flowId = await greetingFlow(request, `${tag()} cancel`);
  await page.clock.install();
  await page.goto('/calls');

  const section = bulk(page);
  await section.getByRole('textbox', { name: 'CSV text' }).fill(`number\n${uniqueNumber()}\n${uniqueNumber()}\n${uniqueNumber()}`);
  await section.getByRole('combobox', { name: 'Flow' }).selectOption(flowId);
  await section.getByRole('combobox', { name: 'Source (caller id)' }).selectOption(sandboxNumbers[0]);
  await section.getByRole('spinbutton', { name: 'Rate (calls per minute)' }).fill('1');
  await section.getByRole('button', { name: 'Start' }).click();
  await expect(section.getByRole('progressbar', { name: 'Batch progress' })).toHaveAttribute('aria-valuenow', '33');
  await section.getByRole('button', { name: 'Cancel' }).click();
  await expect(section.getByRole('status')).toHaveText('Cancelled after 1 of 3 rows — 1 created, 0 failed, 0 skipped. The rest were not called.');
  await page.clock.fastForward('05:00');
  await expect(section.getByRole('table', { name: 'Batch results' }).getByRole('row')).toHaveCount(2);
  await expect(section.getByRole('button', { name: 'Start' })).toBeEnabled();
});

test('the calls page has no serious accessibility violations', async ({ page }) => {
  await page.goto('/calls');
  await expect(newCall(page).getByText(/8x8 accepts only the account’s own numbers/)).toBeVisible();
  await bulk(page).getByRole('textbox', { name: 'CSV text' }).fill('number,name\n+6591234567,Ann\n+12,Bo');
  await expect(bulk(page).getByRole('table', { name: 'Preview of the rows to call' })).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
});
