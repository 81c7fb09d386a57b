import { expect, test, type Page } from '@playwright/test';
import { createFlow } from '../support/api';
import { canvasNode, connect, expectSaved } from '../support/designer';

// The designer's new steps: a Condition with rules (one output each, and Otherwise), and an
// Opt out, both added from the palette, edited in the Step tab and saved in the draft.

type SavedNode = { id: string; kind: string; data: Record<string, unknown> };
const inspector = (page: Page) => page.getByRole('tabpanel', { name: 'Step' });
const addStep = (page: Page, label: string) => page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: label, exact: true }).click();
const handle = (page: Page, node: string, output: string) => page.locator(`.react-flow__handle.source[data-nodeid="${node}"][data-handleid="${output}"]`);

async function openBlankFlow(page: Page, request: Parameters<typeof createFlow>[0]) {
  const flowId = await createFlow(request, {});
  await page.goto(`/flows/${flowId}`);
  await expect(canvasNode(page, 'start')).toBeVisible();
  return flowId;
}

async function savedNode(request: Parameters<typeof createFlow>[0], flowId: string, id: string): Promise<SavedNode | undefined> {
  const flow = (await (await request.get(`/api/flows/${flowId}`)).json()) as { draft: { nodes: SavedNode[] } };
  return flow.draft.nodes.find((n) => n.id === id);
}

test('a Condition with rules: one output per rule and Otherwise, a voice switch, saved in the draft', async ({ page, request }) => {
  const flowId = await openBlankFlow(page, request);
  await addStep(page, 'Condition');
  const card = canvasNode(page, 'condition_1');
  await expect(card).toBeVisible();
  const panel = inspector(page);
  await expect(panel.getByRole('heading', { name: 'Condition' })).toBeVisible();

  await panel.getByRole('textbox', { name: 'Check' }).fill('{{digits}}');
  await panel.getByRole('textbox', { name: 'Rule 1 Value' }).fill('9');
  await expect(card).toContainText('= 9');

  await panel.getByRole('button', { name: '+ Add rule' }).click();
  await panel.getByRole('combobox', { name: 'Rule 2 Test' }).selectOption('oneOf');
  await panel.getByRole('textbox', { name: 'Rule 2 Value' }).fill('1, 2');
  await expect(handle(page, 'condition_1', 'rule1')).toBeVisible();
  await expect(handle(page, 'condition_1', 'rule2')).toBeVisible();
  await expect(handle(page, 'condition_1', 'otherwise')).toBeVisible();
  await expect(card).toContainText('one of 1, 2');
  await expect(card).toContainText('Otherwise');

  // A number test needs a number: flagged beside the field, then fixed.
  await panel.getByRole('combobox', { name: 'Rule 1 Test' }).selectOption('atLeast');
  await panel.getByRole('textbox', { name: 'Rule 1 Value' }).fill('nine');
  await expect(panel.getByRole('textbox', { name: 'Rule 1 Value' })).toHaveAttribute('aria-invalid', 'true');
  await expect(panel).toContainText('Rule 1: compare with a number, e.g. 10');
  await panel.getByRole('textbox', { name: 'Rule 1 Value' }).fill('9');
  await expect(panel.getByRole('textbox', { name: 'Rule 1 Value' })).not.toHaveAttribute('aria-invalid', 'true');

  await panel.getByRole('combobox', { name: "Rule 2: switch the caller's voice" }).selectOption('es-ES-Laura');
  await expect(card).toContainText('one of 1, 2 → es-ES-Laura');

  await connect(page, { node: 'start', output: 'next' }, 'condition_1');
  await panel.getByRole('tab', { name: 'Callflow' }).click();
  await expect(panel).toContainText('This step sends 8x8 nothing');
  await expect(panel).toContainText('Otherwise');

  await expectSaved(page);
  expect(await savedNode(request, flowId, 'condition_1')).toMatchObject({
    kind: 'condition',
    data: {
      subject: '{{digits}}',
      rules: [
        { id: 'rule1', operator: 'atLeast', value: '9' },
        { id: 'rule2', operator: 'oneOf', value: '1, 2', voiceProfile: 'es-ES-Laura' },
      ],
    },
  });

  // Removing a rule removes its output.
  await panel.getByRole('tab', { name: 'Settings' }).click();
  await panel.getByRole('button', { name: 'Remove rule 1' }).click();
  await expect(handle(page, 'condition_1', 'rule1')).toHaveCount(0);
  await expect(handle(page, 'condition_1', 'rule2')).toBeVisible();
});

test('an Opt out step lists the caller by default, checks the number, and previews the listing', async ({ page, request }) => {
  const flowId = await openBlankFlow(page, request);
  await addStep(page, 'Opt out');
  const card = canvasNode(page, 'opt_out_1');
  await expect(card).toContainText('Lists {{caller}} as do-not-call');
  const panel = inspector(page);
  await expect(panel.getByRole('heading', { name: 'Opt out' })).toBeVisible();
  const number = panel.getByRole('textbox', { name: 'Number to list' });
  await expect(number).toHaveValue('{{caller}}');

  await number.fill('12');
  await expect(number).toHaveAttribute('aria-invalid', 'true');
  await number.fill('{{caller}}');
  await expect(number).not.toHaveAttribute('aria-invalid', 'true');

  await panel.getByRole('tab', { name: 'Callflow' }).click();
  await expect(panel).toContainText('Once the reply is stored, +6591234567 is added to the do-not-call list.');

  await expectSaved(page);
  expect(await savedNode(request, flowId, 'opt_out_1')).toMatchObject({ kind: 'optOut', data: { number: '{{caller}}' } });
});
