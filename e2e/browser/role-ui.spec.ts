import AxeBuilder from '@axe-core/playwright';
import { randomUUID } from 'node:crypto';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { createFlow } from '../support/api';
import { canvasNode, dragStepOntoCanvas, expectSaved } from '../support/designer';
import { storageStatePath, testServer, type TestRole } from '../support/test-server';

// What each role sees: what it may not do is there, disabled, with the reason — never an
// error after a click. (The server refuses regardless; the API suites test that.) Flows are
// made by the admin through the API, then opened as the role under test.

let admin: APIRequestContext;

test.beforeAll(async ({ playwright }) => {
  admin = await playwright.request.newContext({
    baseURL: testServer.baseUrl,
    storageState: storageStatePath('admin'),
    extraHTTPHeaders: { Origin: testServer.baseUrl },
  });
});

test.afterAll(async () => {
  await admin.dispose();
});

const as = (role: TestRole) => test.use({ storageState: storageStatePath(role) });

async function openFlow(page: Page, flowId: string) {
  await page.goto(`/flows/${flowId}`);
  await expect(canvasNode(page, 'start')).toBeVisible();
}

/** Every request that would change a flow, from the moment this is called. */
function flowWrites(page: Page): string[] {
  const writes: string[] = [];
  page.on('request', (request) => {
    if (request.method() !== 'GET' && new URL(request.url()).pathname.startsWith('/api/flows')) writes.push(`${request.method()} ${request.url()}`);
  });
  return writes;
}

async function draftOf(flowId: string) {
  const response = await admin.get(`/api/flows/${flowId}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as { draftRevision: number; draft: { nodes: Array<{ id: string; position: { x: number; y: number } }> } };
}

const paletteStep = (page: Page, label: string) => page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: label, exact: true });

test.describe('a viewer', () => {
  as('viewer');

  test('sees the designer read only: no Publish, nothing to add or move, no save, no serious axe violations', async ({ page }) => {
    const flowId = await createFlow(admin, { template: 'simple-ivr' });
    const before = await draftOf(flowId);
    const writes = flowWrites(page);
    await openFlow(page, flowId);

    await expect(page.getByRole('button', { name: 'Publish' })).toHaveCount(0);
    await expect(page.getByText('Needs the Editor role or higher to edit this flow.')).toBeVisible();
    const testCall = page.getByRole('button', { name: 'Test call' });
    await expect(testCall).toBeDisabled();
    await expect(testCall).toHaveAccessibleDescription('Needs the Editor role or higher');

    // Adding a step: the palette is disabled, and a drop or a click adds nothing.
    await expect(paletteStep(page, 'Say')).toBeDisabled();
    await expect(page.getByText('Needs the Editor role or higher to add steps.')).toBeVisible();
    await paletteStep(page, 'Say').dragTo(page.locator('.react-flow__pane'), { targetPosition: { x: 300, y: 300 }, force: true });
    await paletteStep(page, 'Say').click({ force: true });
    await expect(canvasNode(page, 'say_1')).toHaveCount(0);

    // Moving a step: it keeps its place in the flow (the drag may pan the view, not the step).
    const menu = canvasNode(page, 'main_menu');
    const placeOf = () => menu.evaluate((node) => (node as HTMLElement).style.transform);
    const place = await placeOf();
    const at = (await menu.boundingBox())!;
    await page.mouse.move(at.x + at.width / 2, at.y + 12);
    await page.mouse.down();
    await page.mouse.move(at.x + at.width / 2 + 160, at.y + 140, { steps: 8 });
    await page.mouse.up();
    expect(await placeOf()).toBe(place);

    // Selecting still shows a step's settings, read only.
    await menu.click();
    const settings = page.getByRole('form', { name: 'Settings of main_menu' });
    await expect(settings.getByRole('textbox').first()).toBeDisabled();
    await expect(page.getByRole('textbox', { name: 'Flow name' })).not.toBeEditable();

    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id} — ${v.help} (${v.nodes.length})`)).toEqual([]);

    expect(writes).toEqual([]);
    expect((await draftOf(flowId)).draftRevision).toBe(before.draftRevision);
  });

  test('sees New flow and the row actions disabled with the reason', async ({ page }) => {
    const name = `viewer ${randomUUID().slice(0, 8)}`;
    await createFlow(admin, { name });
    await page.goto('/');
    const newFlow = page.getByRole('button', { name: 'New flow' });
    await expect(newFlow).toBeDisabled();
    await expect(newFlow).toHaveAccessibleDescription('Needs the Editor role or higher');
    await expect(page.getByText('Needs the Editor role or higher to create or change flows.')).toBeVisible();
    await newFlow.click({ force: true });
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Import JSON' })).toHaveAccessibleDescription('Needs the Editor role or higher');

    await page.getByRole('searchbox', { name: 'Search flows' }).fill(name);
    for (const [action, reason] of [
      ['Rename', 'Needs the Editor role or higher'],
      ['Duplicate', 'Needs the Editor role or higher'],
      ['Delete', 'Needs the Publisher role or higher'],
      ['Call with', 'Needs the Publisher role or higher'],
    ] as const) {
      const button = page.getByRole('button', { name: `${action} ${name}` });
      await expect(button).toBeDisabled();
      await expect(button).toHaveAccessibleDescription(reason);
    }
    // Reading is the viewer's: the flow opens, and exports.
    await expect(page.getByRole('link', { name: `Export ${name} as JSON` })).toBeVisible();
    await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  });
});

test.describe('an editor', () => {
  as('editor');

  test('edits a draft and it saves, but Publish is disabled with the reason', async ({ page }) => {
    const flowId = await createFlow(admin, {});
    await openFlow(page, flowId);
    await dragStepOntoCanvas(page, 'Say', { x: 400, y: 200 });
    await expect(canvasNode(page, 'say_1')).toBeVisible();
    await expectSaved(page);
    expect((await draftOf(flowId)).draft.nodes.map((n) => n.id)).toContain('say_1');

    const publish = page.getByRole('button', { name: 'Publish' });
    await expect(publish).toBeDisabled();
    await expect(publish).toHaveAccessibleDescription('Needs the Publisher role or higher');
    await expect(page.getByRole('button', { name: 'Test call' })).toBeEnabled();

    // Routing numbers is a publisher's too.
    await page.getByRole('tab', { name: 'Numbers' }).click();
    const route = page.getByRole('button', { name: 'Route number' });
    await expect(route).toBeDisabled();
    await expect(route).toHaveAccessibleDescription('Needs the Publisher role or higher');
    await expect(page.getByRole('textbox', { name: 'Phone number' })).toBeDisabled();
  });

  test('sees the recent calls, with the launch forms disabled and the reason', async ({ page }) => {
    await page.goto('/calls');
    await expect(page.getByText('Needs the Publisher role or higher to launch calls')).toBeVisible();
    const single = page.getByRole('form', { name: 'New call' });
    const launch = single.getByRole('button', { name: 'Launch' });
    await expect(launch).toBeDisabled();
    await expect(launch).toHaveAccessibleDescription('Needs the Publisher role or higher');
    await expect(single.getByRole('textbox', { name: 'Destination' })).toBeDisabled();
    await expect(page.getByRole('heading', { name: 'Recent outbound calls' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Refresh' })).toBeEnabled();
  });
});

test.describe('a publisher', () => {
  as('publisher');

  test('publishes a draft', async ({ page }) => {
    const flowId = await createFlow(admin, { template: 'simple-ivr' });
    await openFlow(page, flowId);
    await page.getByRole('button', { name: 'Publish' }).click();
    await expect(page.getByText('Published version 1.')).toBeVisible();
    await page.getByRole('tab', { name: 'Versions' }).click();
    await expect(page.getByRole('button', { name: 'Restore as draft' })).toBeEnabled();
  });
});
