import { readFile } from 'node:fs/promises';
import { expect as baseExpect, test } from '@playwright/test';
import { createFlow, publish } from '../support/api';
import { expectNoSeriousAxeViolations } from '../support/axe';
import { act, createCampaign, dials, everyDay, importContacts, numberBlock, script } from '../support/campaigns';
import { storageStatePath, testServer } from '../support/test-server';

// The campaigns pages: create a campaign from a CSV with bad rows (shown by line with the
// totals before confirming), watch its counts move live, pause and resume, export the results.

const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 180_000 });

const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

test('creates a campaign from a CSV with bad rows, watches it live, pauses, resumes and exports the results', async ({ page, request }) => {
  // The live counts come over the campaign's event stream: the page never polls the campaign.
  const campaignReads: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'GET' && /^\/api\/campaigns\/[^/]+$/.test(new URL(r.url()).pathname)) campaignReads.push(r.url());
  });
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
  await expect(page.getByRole('status', { name: 'Connection: Live' })).toBeVisible();
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
  expect(campaignReads, 'the page polled the campaign').toEqual([]);
  // Each contact's time zone, from its number, beside its attempts.
  await page.reload();
  const contacts = page.getByRole('table', { name: 'Contacts and their attempts' });
  await expect(contacts.getByRole('row').filter({ has: page.getByRole('rowheader', { name: numbers[0], exact: true }) })).toContainText('Asia/Singapore');
});

test('a campaign starting later waits with no dials, saying when it starts; the start must come before the end', async ({ page, request }) => {
  const flowName = `later flow ${Date.now()}`;
  const flowId = await createFlow(request, { template: 'simple-ivr', name: flowName });
  await publish(request, flowId);
  const block = numberBlock();
  const numbers = Array.from({ length: 3 }, (_, i) => block.number(i));
  await script(request, numbers.map((number) => ({ number, answers: ['answer'] })));

  await page.goto('/campaigns/new');
  // The browser's wall time, as its datetime-local fields take it.
  const { zone, inAnHour, inTwoHours } = await page.evaluate(() => {
    const local = (ms: number) => new Date(ms - new Date(ms).getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
    return { zone: Intl.DateTimeFormat().resolvedOptions().timeZone, inAnHour: local(Date.now() + 3_600_000), inTwoHours: local(Date.now() + 7_200_000) };
  });
  const name = `Later ${Date.now()}`;
  await page.getByRole('textbox', { name: 'Name' }).fill(name);
  await page.getByRole('combobox', { name: 'Flow' }).selectOption({ label: flowName });
  const start = page.getByLabel(`Starts at (your time, ${zone})`);
  const end = page.getByLabel(`Ends at (your time, ${zone})`);
  await expect(start).toHaveValue('');
  // The end defaults to a week ahead, in the browser's time (not the server's).
  const weekAhead = await page.evaluate(() => Date.now() + 7 * 86_400_000);
  await expect.poll(async () => Math.abs((await page.evaluate((v) => new Date(v).getTime(), await end.inputValue())) - weekAhead)).toBeLessThan(120_000);
  await expect(start).toHaveAccessibleDescription('Empty: as soon as it is run');

  // A start after the end is said next to the end, which gets the focus; nothing is saved.
  await start.fill(inTwoHours);
  await end.fill(inAnHour);
  await page.getByRole('button', { name: 'Save and add contacts' }).click();
  await expect(end).toBeFocused();
  await expect(end).toHaveAccessibleDescription('The end must come after the start');
  await expect(end).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('heading', { name: '2. Contacts' })).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);

  // Fixed from the keyboard: the start an hour from now, the end in two.
  await page.getByRole('combobox', { name: 'Caller id' }).focus();
  await page.keyboard.press('Tab');
  await expect(start).toBeFocused();
  await start.fill(inAnHour);
  await end.fill(inTwoHours);
  await expect(end).not.toHaveAttribute('aria-invalid', 'true');
  for (const day of days) {
    await page.getByRole('checkbox', { name: day }).check();
    await page.getByLabel(`${day} from`).fill('00:00');
    await page.getByLabel(`${day} to`).fill('23:59');
  }
  await page.getByRole('button', { name: 'Save and add contacts' }).click();
  await page.getByLabel('Choose the contacts CSV').setInputFiles({ name: 'contacts.csv', mimeType: 'text/csv', buffer: Buffer.from(['number', ...numbers].join('\n')) });
  await page.getByRole('button', { name: 'Confirm and call 3 contacts' }).click();

  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const status = page.getByRole('status', { name: 'Campaign status' });
  await expect(status).toHaveText('running');
  const startsAt = page.getByText(/^Starts at .* \(your time\): no call is made before then\.$/);
  await expect(startsAt).toBeVisible();
  const shown = await startsAt.locator('time').getAttribute('datetime');
  expect(new Date(shown!).getTime()).toBe(await page.evaluate((v) => new Date(v).getTime(), inAnHour));
  await expect(page.getByRole('status', { name: 'Connection: Live' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  expect(await dials(request, block.prefix), 'dials before the start').toHaveLength(0);
  await expect(page.locator('dd[data-state="WAITING"]')).toHaveText('3');

  // The stream cannot be reached: the page says so, then picks up again and shows what changed meanwhile.
  const id = new URL(page.url()).pathname.split('/').at(-1)!;
  const stream = `**/api/campaigns/${id}/stream`;
  await page.route(stream, (route) => route.abort('connectionrefused'));
  await page.reload();
  await expect(page.getByRole('status', { name: 'Connection: Reconnecting…' })).toBeVisible();
  await act(request, id, 'cancel');
  await expect(page.getByRole('status', { name: 'Connection: Reconnecting…' })).toBeVisible();
  await expect(status).toHaveText('running');
  await page.unroute(stream);
  await expect(status).toHaveText('cancelled');
  await expect(page.locator('dd[data-state="CANCELLED"]')).toHaveText('3');
  await expect(startsAt).toHaveCount(0);
  // Seconds after the run, still none: the engine held every contact for the start.
  expect(await dials(request, block.prefix), 'dials before the start').toHaveLength(0);
});

test.describe('a viewer', () => {
  test.use({ storageState: storageStatePath('viewer') });

  test('reads the campaigns and a campaign, with no way to create, run, pause, resume or cancel one; the API refuses them too', async ({ page, playwright }) => {
    const admin = await playwright.request.newContext({ baseURL: testServer.baseUrl, storageState: storageStatePath('admin'), extraHTTPHeaders: { Origin: testServer.baseUrl } });
    const flowId = await createFlow(admin, { template: 'simple-ivr', name: `viewer flow ${Date.now()}` });
    await publish(admin, flowId);
    const block = numberBlock();
    const numbers = Array.from({ length: 3 }, (_, i) => block.number(i));
    // Running, and it stays so (it starts in an hour): the controls an admin would see are all there to hide.
    const name = `Viewed ${Date.now()}`;
    const running = await createCampaign(admin, flowId, { name, startAt: new Date(Date.now() + 3_600_000).toISOString(), endAt: new Date(Date.now() + 7_200_000).toISOString(), hours: everyDay });
    await importContacts(admin, running, ['number', ...numbers].join('\n'));
    await act(admin, running, 'run');

    await page.goto('/campaigns');
    await expect(page.getByRole('heading', { level: 1, name: 'Campaigns' })).toBeVisible();
    await expect(page.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) })).toContainText('running');
    await expect(page.getByRole('link', { name: 'New campaign' })).toHaveCount(0);
    await expectNoSeriousAxeViolations(page);

    await page.goto(`/campaigns/${running}`);
    await expect(page.getByRole('status', { name: 'Campaign status' })).toHaveText('running');
    await expect(page.locator('dd[data-state="WAITING"]')).toHaveText('3');
    await expect(page.getByRole('status', { name: 'Connection: Live' })).toBeVisible();
    for (const control of ['Pause', 'Resume', 'Cancel campaign']) await expect(page.getByRole('button', { name: control })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Export results (CSV)' })).toBeVisible();
    await expectNoSeriousAxeViolations(page);

    const response = await page.goto('/campaigns/new');
    expect(response?.status()).toBe(403);
    await expect(page.getByRole('heading', { level: 1, name: 'Your role cannot open this page' })).toBeVisible();

    // The attack: the viewer's own session, straight at the API.
    const asViewer = page.request;
    const created = await asViewer.post('/api/campaigns', { headers: { Origin: testServer.baseUrl }, data: { name: 'by a viewer', flowId, callerId: '+6568332048', endAt: new Date(Date.now() + 3_600_000).toISOString(), callsPerSecond: 1, maxConcurrent: 1 } });
    expect(created.status(), await created.text()).toBe(403);
    expect(await created.text()).toMatch(/your role is viewer/);
    for (const action of ['run', 'pause', 'resume', 'cancel']) {
      const refused = await asViewer.post(`/api/campaigns/${running}/${action}`, { headers: { Origin: testServer.baseUrl } });
      expect(refused.status(), `${action}: ${await refused.text()}`).toBe(403);
      expect(await refused.text()).toMatch(/your role is viewer/);
    }
    expect((await act(admin, running, 'cancel')).status).toBe('CANCELLED');
    await admin.dispose();
  });
});
