import { expect, test, type Page } from '@playwright/test';
import { caller, createFlow, publish, routeNumber } from '../support/api';
import { canvasNode, expectSaved } from '../support/designer';

// A Subflow step: choose a published flow and one of its versions in the Step tab; the
// version's Return steps become the step's outputs, and its parameters are saved with it.

const inspector = (page: Page) => page.getByRole('tabpanel', { name: 'Step' });
const addStep = (page: Page, label: string) => page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: label, exact: true }).click();
const handle = (page: Page, node: string, output: string) => page.locator(`.react-flow__handle.source[data-nodeid="${node}"][data-handleid="${output}"]`);

const agentDocument = {
  schemaVersion: 1,
  nodes: [
    { id: 'start', kind: 'start', position: { x: 0, y: 0 }, data: {} },
    { id: 'menu', kind: 'menu', position: { x: 1, y: 0 }, data: { promptMessage: 'Press 1 or 2.', voiceProfile: '', options: [{ digits: '1' }, { digits: '2' }] } },
    { id: 'toAgent', kind: 'return', position: { x: 2, y: 0 }, data: { output: 'agent' } },
    { id: 'back', kind: 'return', position: { x: 2, y: 1 }, data: { output: 'done' } },
  ],
  edges: [
    { id: 'a', source: 'start', sourceHandle: 'next', target: 'menu' },
    { id: 'b', source: 'menu', sourceHandle: '1', target: 'toAgent' },
    { id: 'c', source: 'menu', sourceHandle: '2', target: 'back' },
  ],
};

test('a Subflow step runs a chosen flow version: its Returns become outputs, its parameters are saved', async ({ page, request }) => {
  const name = `Speak to an agent ${Date.now()}`;
  const agentFlowId = await createFlow(request, { name, document: agentDocument });
  const version = await publish(request, agentFlowId);
  const flowId = await createFlow(request, {});
  await page.goto(`/flows/${flowId}`);
  await expect(canvasNode(page, 'start')).toBeVisible();

  await addStep(page, 'Subflow');
  const card = canvasNode(page, 'subflow_1');
  await expect(card).toContainText('Choose a flow to run');
  const panel = inspector(page);
  await panel.getByRole('combobox', { name: 'Flow to run' }).selectOption({ label: name });
  await panel.getByRole('combobox', { name: 'Version' }).selectOption({ label: 'v1' });
  await expect(handle(page, 'subflow_1', 'agent')).toBeVisible();
  await expect(handle(page, 'subflow_1', 'done')).toBeVisible();
  await expect(card).toContainText(`Runs ${name.slice(0, 39)}`);

  await panel.getByRole('button', { name: '+ Add parameter' }).click();
  await panel.getByRole('textbox', { name: 'Parameter 1 name' }).fill('team');
  await panel.getByRole('textbox', { name: 'Parameter 1 value' }).fill('Sales');

  await expectSaved(page);
  const flow = (await (await request.get(`/api/flows/${flowId}`)).json()) as { draft: { nodes: Array<{ id: string; data: unknown }> } };
  expect(flow.draft.nodes.find((n) => n.id === 'subflow_1')?.data).toMatchObject({
    flowId: agentFlowId,
    versionId: version.id,
    version: 1,
    returns: ['agent', 'done'],
    params: [{ name: 'team', value: 'Sales' }],
  });
});

test('the call page names a subflow’s steps by its flow in the caller’s path', async ({ page, request }) => {
  const name = `Agents ${Date.now()}`;
  const agentFlowId = await createFlow(request, { name, document: agentDocument });
  const version = await publish(request, agentFlowId);
  const main = {
    schemaVersion: 1,
    nodes: [
      { id: 'start', kind: 'start', position: { x: 0, y: 0 }, data: {} },
      { id: 'help', kind: 'subflow', position: { x: 1, y: 0 }, data: { flowId: agentFlowId, versionId: version.id, flowName: name, version: 1, returns: ['agent', 'done'], params: [] } },
      { id: 'end', kind: 'hangup', position: { x: 2, y: 0 }, data: {} },
    ],
    edges: [
      { id: 'a', source: 'start', sourceHandle: 'next', target: 'help' },
      { id: 'b', source: 'help', sourceHandle: 'done', target: 'end' },
    ],
  };
  const mainFlowId = await createFlow(request, { document: main });
  await publish(request, mainFlowId);
  const line = caller(request, { destination: await routeNumber(request, mainFlowId) });
  await line.dial();
  await line.press('2');

  await page.goto(`/history/${line.sessionId}`);
  await expect(page.getByTestId('path-order')).toHaveText(`start → help → ${name} › menu → end`);
});
