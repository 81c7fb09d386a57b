import AxeBuilder from '@axe-core/playwright';
import { randomUUID } from 'node:crypto';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { createFlow, routeNumber, uniqueNumber } from '../support/api';

// The flows page (search, create, rename, duplicate, delete, import) and the
// designer's Versions and Numbers tabs. Every test makes its own flows with a
// unique tag and searches for it, so tests run in parallel on one database.

const tag = () => `t${randomUUID().slice(0, 8)}`;

async function named(request: APIRequestContext, name: string, body: Record<string, unknown> = {}) {
  return createFlow(request, { name, ...body });
}

async function openList(page: Page, query: string) {
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search flows' }).fill(query);
}

const flowRow = (page: Page, name: string) => page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });

type Draft = { draft: { nodes: Array<{ kind: string; data: Record<string, unknown> }> }; draftRevision: number };

/** Saves the draft with the main menu's prompt changed, as another editor would. */
async function editPrompt(request: APIRequestContext, id: string, promptMessage: string) {
  const flow = (await (await request.get(`/api/flows/${id}`)).json()) as Draft;
  const menu = flow.draft.nodes.findIndex((n) => n.kind === 'menu');
  const nodes = flow.draft.nodes.map((n, i) => (i === menu ? { ...n, data: { ...n.data, promptMessage } } : n));
  const response = await request.put(`/api/flows/${id}`, { data: { document: { ...flow.draft, nodes }, draftRevision: flow.draftRevision } });
  expect(response.status(), await response.text()).toBe(200);
}

test('search filters by name and by number, as you type, and keeps the search in the URL', async ({ page, request }) => {
  const t = tag();
  const first = await named(request, `${t} sales`);
  await named(request, `${t} support`);
  const number = await routeNumber(request, first);

  await openList(page, t);
  await expect(page).toHaveURL(`/?q=${t}`);
  await expect(page.getByRole('link', { name: `${t} sales`, exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: `${t} support`, exact: true })).toBeVisible();
  await expect(page.getByText(`2 flows matching “${t}” · page 1 of 1`)).toBeVisible();

  await page.getByRole('searchbox', { name: 'Search flows' }).fill(`${t} SUP`);
  await expect(page.getByRole('link', { name: `${t} support`, exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: `${t} sales`, exact: true })).toHaveCount(0);

  await page.getByRole('searchbox', { name: 'Search flows' }).fill(`${number.slice(0, 3)} ${number.slice(3)}`);
  await expect(page.getByRole('link', { name: `${t} sales`, exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: `${t} support`, exact: true })).toHaveCount(0);

  // A shared link opens the same search, with the text in the box.
  await page.goto(`/?q=${encodeURIComponent(`${t} sup`)}`);
  await expect(page.getByRole('searchbox', { name: 'Search flows' })).toHaveValue(`${t} sup`);
  await expect(page.getByRole('link', { name: `${t} support`, exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: `${t} sales`, exact: true })).toHaveCount(0);
});

test('no match says so, and Clear search shows every flow again', async ({ page }) => {
  const t = tag();
  await openList(page, `${t} nothing`);
  await expect(page.getByText(`No flows match “${t} nothing”.`)).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);

  await page.getByRole('link', { name: 'Clear search' }).click();
  await expect(page).toHaveURL('/');
  await expect(page.getByRole('searchbox', { name: 'Search flows' })).toHaveValue('');
  await expect(page.getByText(/^\d+ flows? · page 1 of \d+$/)).toBeVisible();
  await expect(page.getByRole('table')).toBeVisible();
});

test('a search of more flows than a page spans pages, newest edit first, with the page in the URL', async ({ page, request }) => {
  const t = tag();
  // One more than a page (25), made one after another so their order is known.
  for (let i = 1; i <= 26; i += 1) await named(request, `${t} paged ${String(i).padStart(2, '0')}`);
  const rows = page.getByRole('link', { name: new RegExp(`^${t} paged \\d+$`) });

  await openList(page, `${t} paged`);
  await expect(page.getByText(`26 flows matching “${t} paged” · page 1 of 2`)).toBeVisible();
  await expect(rows).toHaveCount(25);
  await expect(rows.first()).toHaveText(`${t} paged 26`);
  await expect(page.getByRole('link', { name: `${t} paged 01`, exact: true })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Previous page' })).toHaveCount(0);

  await page.getByRole('link', { name: 'Next page' }).click();
  await expect(page).toHaveURL(`/?q=${encodeURIComponent(`${t} paged`).replaceAll('%20', '+')}&page=2`);
  await expect(page.getByText(`26 flows matching “${t} paged” · page 2 of 2`)).toBeVisible();
  await expect(rows).toHaveCount(1);
  await expect(rows).toHaveText(`${t} paged 01`);
  await expect(page.getByRole('link', { name: 'Next page' })).toHaveCount(0);

  // The URL is the view: opened afresh, it shows the same page.
  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Search flows' })).toHaveValue(`${t} paged`);
  await expect(rows).toHaveText(`${t} paged 01`);

  await page.getByRole('link', { name: 'Previous page' }).click();
  await expect(page).toHaveURL(`/?q=${encodeURIComponent(`${t} paged`).replaceAll('%20', '+')}`);
  await expect(rows).toHaveCount(25);
});

test('a page number that cannot be read says why', async ({ page }) => {
  await page.goto('/?page=two');
  await expect(page.getByRole('alert').filter({ hasText: 'This search cannot be read: page: page must be a whole number' })).toBeVisible();
  await page.getByRole('link', { name: 'Clear search' }).click();
  await expect(page.getByRole('table')).toBeVisible();
});

test('New flow from a template opens it in the designer', async ({ page }) => {
  const name = `${tag()} from template`;
  await page.goto('/');
  await page.getByRole('button', { name: 'New flow' }).click();
  const dialog = page.getByRole('dialog', { name: 'New flow' });
  await expect(dialog.getByRole('textbox', { name: 'Name' })).toBeFocused();
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
  await dialog.getByRole('radio', { name: /ABC Restaurant/ }).check();
  await dialog.getByRole('button', { name: 'Create flow' }).click();

  await expect(page).toHaveURL(/\/flows\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('textbox', { name: 'Flow name' })).toHaveValue(name);
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
});

test('rename a flow from its row', async ({ page, request }) => {
  const t = tag();
  await named(request, `${t} old name`);
  await openList(page, t);
  await page.getByRole('button', { name: `Rename ${t} old name` }).click();
  const dialog = page.getByRole('dialog', { name: 'Rename flow' });
  await dialog.getByRole('textbox', { name: 'New name' }).fill(`${t} new name`);
  await dialog.getByRole('button', { name: 'Rename' }).click();

  await expect(dialog).toBeHidden();
  await expect(page.getByRole('link', { name: `${t} new name`, exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: `${t} old name`, exact: true })).toHaveCount(0);
});

test('duplicate a flow from its row', async ({ page, request }) => {
  const t = tag();
  await named(request, `${t} original`, { template: 'simple-ivr' });
  await openList(page, t);
  await page.getByRole('button', { name: `Duplicate ${t} original` }).click();
  await expect(page.getByRole('status').filter({ hasText: `Created “Copy of ${t} original”.` })).toBeVisible();
  await expect(flowRow(page, `Copy of ${t} original`)).toContainText('draft');
  await expect(page.getByRole('link', { name: `${t} original`, exact: true })).toBeVisible();
});

test('delete asks first, naming the flow and its numbers, then removes the row', async ({ page, request }) => {
  const t = tag();
  const id = await named(request, `${t} doomed`);
  const number = await routeNumber(request, id);
  await openList(page, t);

  await page.getByRole('button', { name: `Delete ${t} doomed` }).click();
  const dialog = page.getByRole('dialog', { name: `Delete “${t} doomed”?` });
  await expect(dialog).toContainText(number);
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(flowRow(page, `${t} doomed`)).toBeVisible();

  await page.getByRole('button', { name: `Delete ${t} doomed` }).click();
  await dialog.getByRole('button', { name: 'Delete flow' }).click();
  await expect(flowRow(page, `${t} doomed`)).toHaveCount(0);
  await expect(page.getByRole('searchbox', { name: 'Search flows' })).toBeFocused();
  expect((await request.get(`/api/flows/${id}`)).status()).toBe(404);
});

test('Import JSON creates a flow from an exported document', async ({ page, request }) => {
  const t = tag();
  const source = await named(request, `${t} source`, { template: 'simple-ivr' });
  const exported = await (await request.get(`/api/flows/${source}/export`)).body();

  await page.goto('/');
  await page.getByLabel('Import JSON').setInputFiles({ name: `${t}-imported.json`, mimeType: 'application/json', buffer: exported });
  await expect(page.getByRole('status').filter({ hasText: `Imported “${t}-imported” as a new draft.` })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search flows' }).fill(t);
  await expect(flowRow(page, `${t}-imported`)).toContainText('draft');
});

test('a bad file shows why it was refused', async ({ page }) => {
  await page.goto('/');
  const importer = page.getByLabel('Import JSON');
  await importer.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{ "nodes": [') });
  await expect(page.getByRole('alert').filter({ hasText: 'broken.json is not a JSON file' })).toBeVisible();

  const invalid = { schemaVersion: 1, nodes: [{ id: 'start', kind: 'shout', position: { x: 0, y: 0 }, data: {} }], edges: [] };
  await importer.setInputFiles({ name: 'invalid.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(invalid)) });
  await expect(page.getByRole('alert').filter({ hasText: 'invalid.json was not imported: The flow document is not valid: nodes.0.kind' })).toBeVisible();
});

test('version history: v1 after publishing, a read-only view, and restore as draft', async ({ page, request }) => {
  const id = await named(request, `${tag()} versions`, { template: 'simple-ivr' });
  const published = await request.post(`/api/flows/${id}/publish`, { data: { publishedBy: 'e2e publisher' } });
  expect(published.status(), await published.text()).toBe(201);
  await editPrompt(request, id, 'Changed after v1');

  await page.goto(`/flows/${id}`);
  await page.getByRole('tab', { name: 'Versions' }).click();
  const v1 = page.getByRole('listitem', { name: 'Version 1' });
  await expect(v1).toContainText('by e2e publisher');
  await expect(v1).toContainText('Draft since v1: steps 1 changed');

  await v1.getByRole('button', { name: 'Restore as draft' }).click();
  await page.getByRole('dialog', { name: 'Restore version 1 as the draft?' }).getByRole('button', { name: 'Restore version 1' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Version 1 is now the draft.' })).toBeVisible();
  await expect(v1).toContainText('Same as the draft.');
  const v1Document = ((await (await request.get(`/api/flows/${id}/versions/1`)).json()) as { document: unknown }).document;
  expect(((await (await request.get(`/api/flows/${id}`)).json()) as { draft: unknown }).draft).toEqual(v1Document);

  await v1.getByRole('link', { name: 'View' }).click();
  await expect(page).toHaveURL(new RegExp(`/flows/${id}/versions/1$`));
  const banner = page.getByRole('region', { name: 'Version 1, read only' });
  await expect(banner).toContainText('Version 1 (read only)');
  await expect(page.getByText('Read only', { exact: true })).toBeVisible();

  await editPrompt(request, id, 'Changed again');
  await banner.getByRole('button', { name: 'Restore as draft' }).click();
  await page.getByRole('dialog', { name: 'Restore version 1 as the draft?' }).getByRole('button', { name: 'Restore version 1' }).click();
  // The banner's revision is from before that save: the conflict is shown, nothing overwritten.
  await expect(page.getByRole('alert').filter({ hasText: 'The draft was changed elsewhere' })).toBeVisible();
});

test('the Numbers tab routes and removes a number', async ({ page, request }) => {
  const id = await named(request, `${tag()} numbers`, { template: 'simple-ivr' });
  const number = uniqueNumber();
  await page.goto(`/flows/${id}`);
  await page.getByRole('tab', { name: 'Numbers' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Numbers' });
  await expect(panel).toContainText('no published version yet');

  const field = panel.getByRole('textbox', { name: 'Phone number' });
  await field.fill('+65 12');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(panel.getByRole('button', { name: 'Route number' })).toBeDisabled();
  await field.fill(number);
  await expect(field).toHaveAttribute('aria-invalid', 'false');
  await panel.getByRole('textbox', { name: 'Label (optional)' }).fill('Front desk');
  await panel.getByRole('button', { name: 'Route number' }).click();

  const routed = panel.getByRole('list', { name: 'Routed numbers' });
  await expect(routed.getByRole('listitem')).toContainText([`${number}Front desk`]);
  await routed.getByRole('button', { name: `Remove ${number}` }).click();
  await expect(panel.getByText('No numbers are routed to this flow.')).toBeVisible();
});

test('the flows page and its New flow dialog have no accessibility violations', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('searchbox', { name: 'Search flows' })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.getByRole('button', { name: 'New flow' }).click();
  await expect(page.getByRole('dialog', { name: 'New flow' })).toBeVisible();
  expect((await new AxeBuilder({ page }).include('dialog').analyze()).violations).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'New flow' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'New flow' })).toBeFocused();
});
