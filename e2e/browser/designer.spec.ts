import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createFlow } from '../support/api';
import { canvasNode, dragStepOntoCanvas, expectSaved } from '../support/designer';

const openFlow = async (page: Page, flowId: string) => {
  await page.goto(`/flows/${flowId}`);
  await expect(canvasNode(page, 'start')).toBeVisible();
};

test('undo and redo, by button and by keyboard', async ({ page, request }) => {
  await openFlow(page, await createFlow(request, {}));
  await dragStepOntoCanvas(page, 'Say', { x: 400, y: 200 });
  await expect(canvasNode(page, 'say_1')).toBeVisible();

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(canvasNode(page, 'say_1')).toHaveCount(0);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(canvasNode(page, 'say_1')).toBeVisible();

  await page.locator('.react-flow__pane').click({ position: { x: 50, y: 50 } });
  await page.keyboard.press('ControlOrMeta+z');
  await expect(canvasNode(page, 'say_1')).toHaveCount(0);
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect(canvasNode(page, 'say_1')).toBeVisible();
});

test('the draft saves itself and survives a reload', async ({ page, request }) => {
  const flowId = await createFlow(request, {});
  await openFlow(page, flowId);
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: 'Menu', exact: true }).click();
  await expect(canvasNode(page, 'menu_1')).toBeVisible();
  await expectSaved(page);
  await page.reload();
  await expect(canvasNode(page, 'menu_1')).toBeVisible();
  const saved = (await (await request.get(`/api/flows/${flowId}`)).json()) as { draft: { nodes: Array<{ id: string }> } };
  expect(saved.draft.nodes.map((n) => n.id)).toContain('menu_1');
});

test('a second tab’s save is refused with a way forward, never a silent overwrite', async ({ page, context, request }) => {
  const flowId = await createFlow(request, {});
  const other = await context.newPage();
  await openFlow(page, flowId);
  await openFlow(other, flowId);

  await page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: 'Say', exact: true }).click();
  await expectSaved(page);

  await other.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: 'Hang up', exact: true }).click();
  const conflict = other.getByRole('alert').filter({ hasText: 'Not saved' });
  await expect(conflict).toContainText('changed elsewhere');
  // The first tab's work is intact on the server.
  const saved = (await (await request.get(`/api/flows/${flowId}`)).json()) as { draft: { nodes: Array<{ id: string }> } };
  expect(saved.draft.nodes.map((n) => n.id)).toEqual(['start', 'say_1']);

  await conflict.getByRole('button', { name: /Load the saved version/ }).click();
  await expect(canvasNode(other, 'say_1')).toBeVisible();
  await expect(canvasNode(other, 'hangup_1')).toHaveCount(0);
  await expect(conflict).toHaveCount(0);
});

test('keeping my changes after a conflict overwrites only by choice', async ({ page, context, request }) => {
  const flowId = await createFlow(request, {});
  const other = await context.newPage();
  await openFlow(page, flowId);
  await openFlow(other, flowId);
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: 'Say', exact: true }).click();
  await expectSaved(page);
  await other.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: 'Hang up', exact: true }).click();
  await other.getByRole('alert').getByRole('button', { name: /Keep my changes/ }).click();
  await expectSaved(other);
  const saved = (await (await request.get(`/api/flows/${flowId}`)).json()) as { draft: { nodes: Array<{ id: string }> } };
  expect(saved.draft.nodes.map((n) => n.id)).toEqual(['start', 'hangup_1']);
});

test('problems block publishing, and clicking one focuses its step', async ({ page, request }) => {
  await openFlow(page, await createFlow(request, {}));
  await expect(page.getByRole('button', { name: 'Publish' })).toBeDisabled();
  await expect(page.getByText(/1 problem to fix before publishing/)).toBeVisible();

  await page.getByRole('tab', { name: /Problems/ }).click();
  await page.getByRole('list', { name: 'Problems' }).getByRole('button', { name: /Connect the Start node/ }).click();
  await expect(canvasNode(page, 'start')).toHaveClass(/selected/);
});

test('the designer and the flows page have no serious accessibility violations', async ({ page, request }) => {
  // Late in a full run the flows page lists every flow the other tests made: axe needs time.
  test.setTimeout(120_000);
  const flowId = await createFlow(request, { template: 'simple-ivr' });
  const ready = { '/': () => page.getByRole('heading', { name: 'Flows', level: 1 }), [`/flows/${flowId}`]: () => canvasNode(page, 'start') };
  for (const [path, shown] of Object.entries(ready)) {
    await page.goto(path);
    await expect(shown()).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${path}: ${v.id} — ${v.help} (${v.nodes.length})`)).toEqual([]);
  }
});
