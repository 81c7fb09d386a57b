import { randomInt } from 'node:crypto';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { uniqueNumber } from '../support/api';
import { expectNoSeriousAxeViolations } from '../support/axe';
import { storageStatePath, testServer } from '../support/test-server';

// The do-not-call page: add a number by hand (checked as typed), import a CSV and read which
// line was bad, search, remove with a reason from the keyboard, and find the removal in the
// audit log; a viewer sees every change disabled with the reason.

// The machines these run on are shared: a page, an upload or an axe scan can take seconds.
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 120_000 });

const listTable = (page: Page) => page.getByRole('table', { name: 'Numbers on the do-not-call list' });
const rowOf = (page: Page, number: string) => listTable(page).getByRole('row').filter({ has: page.getByRole('rowheader', { name: number, exact: true }) });

test('adds, imports a file with a bad row, searches, removes with a reason, and the audit log shows it', async ({ page }) => {
  const number = uniqueNumber();
  // A block of numbers no other test uses, so the search finds exactly the file's.
  const block = `+4420${randomInt(1000, 9999)}`;
  const [imported1, imported2] = [`${block}0001`, `${block}0002`];

  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Do not call' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Do-not-call list' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // Add by hand: a local number without its country is refused as soon as the field is left.
  const add = page.getByRole('form', { name: 'Add a number' });
  const numberField = add.getByRole('textbox', { name: 'Phone number' });
  await numberField.fill('9123 4567');
  await numberField.press('Tab');
  await expect(numberField).toHaveAttribute('aria-invalid', 'true');
  await expect(numberField).toHaveAccessibleDescription(/9123 4567 is too short for its country/);
  await numberField.fill(`${number.slice(0, 3)} ${number.slice(3)}`);
  await expect(numberField).toHaveAttribute('aria-invalid', 'false');
  await add.getByRole('textbox', { name: 'Reason (optional)' }).fill('asked on the phone');
  await add.getByRole('button', { name: 'Add to the list' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Added ${number} to the do-not-call list` })).toBeVisible();
  await expect(numberField).toHaveValue('');
  await expect(rowOf(page, number)).toContainText('asked on the phone');
  await expect(rowOf(page, number)).toContainText(`by ${testServer.admin.email}`);
  await expect(rowOf(page, number)).toContainText('Added by hand');

  // Import: line 3 is bad and is named in the summary.
  const csv = ['number,reason', `${imported1},from the CRM`, 'call me maybe,x', `${imported2},`].join('\r\n');
  await page.getByLabel('Choose a CSV file').setInputFiles({ name: 'crm-export.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const summary = page.getByRole('region', { name: 'Import of crm-export.csv' });
  await expect(summary.getByRole('status')).toHaveText('Imported crm-export.csv: 3 rows, numbers read from the “number” column.');
  await expect(summary.getByRole('definition').nth(0)).toHaveText('2');
  const bad = summary.getByRole('table', { name: 'Bad rows in crm-export.csv' }).getByRole('row');
  await expect(bad).toHaveCount(2);
  await expect(bad.nth(1)).toContainText('3');
  await expect(bad.nth(1)).toContainText('call me maybe has characters a phone number cannot have');
  await expectNoSeriousAxeViolations(page);

  // Search by the start of a number, typed with spaces: only the file's two numbers.
  await page.getByRole('searchbox', { name: 'Search by number' }).fill(`${block.slice(0, 3)} ${block.slice(3)}`);
  await expect(page).toHaveURL(new RegExp(`/do-not-call\\?q=`));
  await expect(page.getByText(`2 numbers starting with “${block.slice(0, 3)} ${block.slice(3)}”`)).toBeVisible();
  await expect(listTable(page).getByRole('rowheader')).toHaveCount(2);
  await expect(rowOf(page, imported1)).toContainText('from the CRM');
  await expect(rowOf(page, imported1)).toContainText('CSV import');
  await expect(rowOf(page, imported2)).toBeVisible();
  await expect(rowOf(page, number)).toHaveCount(0);

  // Remove from the keyboard: the reason is required, and the dialog says so.
  const remove = rowOf(page, imported1).getByRole('button', { name: `Remove ${imported1}` });
  await remove.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: `Remove ${imported1}?` });
  const reason = dialog.getByRole('textbox', { name: 'Reason' });
  await expect(reason).toBeFocused();
  await expectNoSeriousAxeViolations(page);
  await dialog.getByRole('button', { name: 'Remove from the list' }).click();
  await expect(reason).toHaveAccessibleDescription(/Give the reason for removing the number/);
  await expect(rowOf(page, imported1)).toHaveCount(1);
  await reason.fill('customer asked to be called again');
  await reason.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: `Removed ${imported1} from the do-not-call list` })).toBeVisible();
  await expect(rowOf(page, imported1)).toHaveCount(0);
  await expect(page.getByRole('searchbox', { name: 'Search by number' })).toBeFocused();

  await page.goto(`/audit?action=dnc.remove&targetId=${encodeURIComponent(imported1)}`);
  const entry = page.getByRole('table').getByRole('row').filter({ hasText: `Removed ${imported1} from the do-not-call list: “customer asked to be called again”` });
  await expect(entry).toBeVisible();
  await expect(entry).toContainText(testServer.admin.email);
  await expect(entry).toContainText('Removed from do-not-call list');
});

test.describe('a viewer', () => {
  test.use({ storageState: storageStatePath('viewer') });

  test('reads the list and sees adding, importing and removing disabled with the reason', async ({ page, playwright }) => {
    const admin = await playwright.request.newContext({ baseURL: testServer.baseUrl, storageState: storageStatePath('admin'), extraHTTPHeaders: { Origin: testServer.baseUrl } });
    const number = uniqueNumber();
    expect((await admin.post('/api/do-not-call', { data: { number, reason: 'listed by the admin' } })).status()).toBe(201);
    await admin.dispose();

    await page.goto(`/do-not-call?q=${encodeURIComponent(number)}`);
    await expect(rowOf(page, number)).toContainText('listed by the admin');
    await expect(page.getByText('Needs the Editor role or higher to add or import numbers.')).toBeVisible();
    await expect(page.getByText('Needs the Publisher role or higher to remove numbers (it lets campaigns call them again).')).toBeVisible();
    const addButton = page.getByRole('button', { name: 'Add to the list' });
    await expect(addButton).toBeDisabled();
    await expect(addButton).toHaveAccessibleDescription('Needs the Editor role or higher');
    await expect(page.getByRole('textbox', { name: 'Phone number' })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Choose a CSV file' })).toHaveAccessibleDescription('Needs the Editor role or higher');
    const remove = rowOf(page, number).getByRole('button', { name: `Remove ${number}` });
    await expect(remove).toBeDisabled();
    await expect(remove).toHaveAccessibleDescription('Needs the Publisher role or higher');
    await remove.click({ force: true });
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Export CSV' })).toHaveAttribute('href', `/api/do-not-call/export?q=${encodeURIComponent(number)}`);
    await expectNoSeriousAxeViolations(page);
  });
});
