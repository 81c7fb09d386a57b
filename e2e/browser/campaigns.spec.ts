import { readFile } from 'node:fs/promises';
import { expect as baseExpect, test } from '@playwright/test';
import { createFlow, publish } from '../support/api';
import { expectNoSeriousAxeViolations } from '../support/axe';
import { numberBlock, script } from '../support/campaigns';

// The campaigns pages: create a campaign from a CSV with bad rows (shown by line with the
// totals before confirming), watch its counts move live, pause and resume, export the results.

const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 180_000 });

const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

test('creates a campaign from a CSV with bad rows, watches it live, pauses, resumes and exports the results', async ({ page, request }) => {
  const flowName = `campaign flow ${Date.now()}`;
  const flowId = await createFlow(request, { template: 'simple-ivr', name: flowName });
  await publish(request, flowId);
  const block = numberBlock();
  const numbers = Array.from({ length: 40 }, (_, i) => block.number(i));
  await script(request, numbers.map((number) => ({ number, answers: ['answer'] })));

  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Campaigns' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Campaigns' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.getByRole('link', { name: 'New campaign' }).click();

  const name = `Renewals ${Date.now()}`;
  await page.getByRole('textbox', { name: 'Name' }).fill(name);
  await page.getByRole('combobox', { name: 'Flow' }).selectOption({ label: flowName });
  await page.getByRole('spinbutton', { name: 'Calls per second' }).fill('2');
  // Every day, all day: the test must not depend on the hour it runs at.
  for (const day of days) {
    await page.getByRole('checkbox', { name: day }).check();
    await page.getByLabel(`${day} from`).fill('00:00');
    await page.getByLabel(`${day} to`).fill('23:59');
  }
  await expectNoSeriousAxeViolations(page);
  await page.getByRole('button', { name: 'Save and add contacts' }).click();

  const csv = ['number,name', ...numbers.map((n, i) => `${n},Contact ${i}`), 'call me maybe,Bad', `${numbers[0]},Again`, ',Empty'].join('\n');
  await page.getByLabel('Choose the contacts CSV').setInputFiles({ name: 'contacts.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const badRows = page.getByRole('table', { name: 'Bad rows (not called)' });
  await expect(badRows).toBeVisible();
  await expect(badRows.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '42', exact: true }) })).toContainText('characters a phone number cannot have');
  await expect(badRows.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '44', exact: true }) })).toContainText('no number');
  await expect(page.getByRole('definition').filter({ hasText: /^40$/ })).toBeVisible();
  await expect(page.getByText('Calling hours are each contact’s local time, from the number: 40 in one time zone.')).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.getByRole('button', { name: 'Confirm and call 40 contacts' }).click();

  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const status = page.getByRole('status', { name: 'Campaign status' });
  await expect(status).toHaveText('running');
  const completed = page.locator('dd[data-state="COMPLETED"]');
  await expect.poll(async () => Number(await completed.textContent()), { timeout: 30_000 }).toBeGreaterThan(0);
  await expectNoSeriousAxeViolations(page);

  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(status).toHaveText('paused');
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(status).toHaveText('running');
  await expect.poll(async () => Number(await completed.textContent()), { timeout: 60_000 }).toBeGreaterThan(4);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Export results (CSV)' }).click()]);
  const lines = (await readFile((await download.path())!, 'utf8')).trimEnd().split('\r\n');
  expect(lines[0]).toBe('line,number,state,attempt,dialed_at,outcome,detail,session_id');
  expect(lines).toHaveLength(41);

  await page.getByRole('button', { name: 'Cancel campaign' }).click();
  await expect(status).toHaveText('cancelled');
  // Each contact's time zone, from its number, beside its attempts.
  await page.reload();
  const contacts = page.getByRole('table', { name: 'Contacts and their attempts' });
  await expect(contacts.getByRole('row').filter({ has: page.getByRole('rowheader', { name: numbers[0], exact: true }) })).toContainText('Asia/Singapore');
});
