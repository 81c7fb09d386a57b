import { expect, type Locator, type Page } from '@playwright/test';

// Helpers for driving the designer as a person does: palette, canvas, handles.

export const canvasNode = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);

export async function expectSaved(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: /All changes saved/ })).toBeVisible();
}

/** Drags a palette step onto the canvas at an offset from the canvas's top-left corner. */
export async function dragStepOntoCanvas(page: Page, label: string, at: { x: number; y: number }) {
  const canvas = page.locator('.react-flow__pane');
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: label, exact: true }).dragTo(canvas, { targetPosition: at });
}

/** Draws an edge from a node's output handle to another node's input, with the mouse. */
export async function connect(page: Page, from: { node: string; output: string }, to: string) {
  const source = page.locator(`.react-flow__handle.source[data-nodeid="${from.node}"][data-handleid="${from.output}"]`);
  const target = canvasNode(page, to).locator('.react-flow__handle.target');
  await dragBetween(page, source, target);
}

async function dragBetween(page: Page, source: Locator, target: Locator) {
  const a = (await source.boundingBox())!;
  const b = (await target.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 8 });
  await page.mouse.up();
}
