import { expect, test, type APIRequestContext } from '@playwright/test';
import type { CallflowAction, VcaReply } from '@/lib/eightbyeight/callflow';
import { caller, createFlow, getCall, publish, routeNumber } from '../support/api';

// A "Speak to an agent" flow built once (a Menu and two Returns) and run as a Subflow, pinned
// to its version, by a main flow that passes the team to speak of as a parameter.

const at = (x: number) => ({ x, y: 0 });

const agentDocument = {
  schemaVersion: 1,
  nodes: [
    { id: 'start', kind: 'start', position: at(0), data: {} },
    { id: 'hello', kind: 'say', position: at(1), data: { text: 'You asked for {{vars.team}}.', voiceProfile: '' } },
    {
      id: 'menu',
      kind: 'menu',
      position: at(2),
      data: { promptMessage: 'Press 1 for an agent, 2 to go back.', voiceProfile: '', maxDigits: 1, options: [{ digits: '1' }, { digits: '2' }] },
    },
    { id: 'toAgent', kind: 'return', position: at(3), data: { output: 'agent' } },
    { id: 'back', kind: 'return', position: at(3), data: { output: 'done' } },
  ],
  edges: [
    { id: 'a', source: 'start', sourceHandle: 'next', target: 'hello' },
    { id: 'b', source: 'hello', sourceHandle: 'next', target: 'menu' },
    { id: 'c1', source: 'menu', sourceHandle: '1', target: 'toAgent' },
    { id: 'c2', source: 'menu', sourceHandle: '2', target: 'back' },
  ],
};

const mainDocument = (agentFlowId: string, agentVersionId: string) => ({
  schemaVersion: 1,
  nodes: [
    { id: 'start', kind: 'start', position: at(0), data: {} },
    {
      id: 'help',
      kind: 'subflow',
      position: at(1),
      data: { flowId: agentFlowId, versionId: agentVersionId, returns: ['agent', 'done'], params: [{ name: 'team', value: 'Sales' }] },
    },
    { id: 'agentSays', kind: 'say', position: at(2), data: { text: 'An agent will answer.', voiceProfile: '' } },
    { id: 'bye', kind: 'say', position: at(2), data: { text: 'Goodbye.', voiceProfile: '' } },
    { id: 'end', kind: 'hangup', position: at(3), data: {} },
  ],
  edges: [
    { id: 'a', source: 'start', sourceHandle: 'next', target: 'help' },
    { id: 'b1', source: 'help', sourceHandle: 'agent', target: 'agentSays' },
    { id: 'b2', source: 'help', sourceHandle: 'done', target: 'bye' },
    { id: 'c1', source: 'agentSays', sourceHandle: 'next', target: 'end' },
    { id: 'c2', source: 'bye', sourceHandle: 'next', target: 'end' },
  ],
});

const texts = (reply: VcaReply) =>
  reply.callflow.flatMap((a: CallflowAction) => {
    if (a.action === 'say') return [a.params.text];
    if (a.action === 'sayAndCapture') return [a.params.promptMessage];
    return [a.action];
  });

let agentFlowId: string;
let agentVersion: { id: string; version: number };
let mainFlowId: string;
let mainVersion: { id: string; version: number };
let number: string;

test.beforeAll(async ({ request }) => {
  agentFlowId = await createFlow(request, { name: `Speak to an agent ${Date.now()}`, document: agentDocument });
  agentVersion = await publish(request, agentFlowId);
  mainFlowId = await createFlow(request, { document: mainDocument(agentFlowId, agentVersion.id) });
  mainVersion = await publish(request, mainFlowId);
  number = await routeNumber(request, mainFlowId);
});

async function walked(request: APIRequestContext, sessionId: string) {
  const { events, session } = await getCall(request, sessionId);
  return { session, nodes: events.flatMap((e) => (e.walkedNodes as string[] | undefined) ?? []) };
}

test('a call walks into the subflow, hears its parameter, and returns through “agent”', async ({ request }) => {
  const line = caller(request, { destination: number });
  const first = await line.dial();
  expect(texts(first)).toEqual(['You asked for Sales.', 'Press 1 for an agent, 2 to go back.']);
  expect(first.clientActionId).toMatch(new RegExp(`^${mainVersion.id}:help--menu:`));

  const out = await line.press('1');
  expect(texts(out)).toEqual(['An agent will answer.', 'hangup']);

  const { session, nodes } = await walked(request, line.sessionId);
  expect(session.vars).toEqual({ team: 'Sales' });
  expect(session.currentNodeId).toBe('end');
  expect(nodes).toEqual(expect.arrayContaining(['start', 'help', 'help--hello', 'help--menu', 'agentSays', 'end']));
});

test('the same subflow returns through “done” on 2', async ({ request }) => {
  const line = caller(request, { destination: number });
  await line.dial();
  const out = await line.press('2');
  expect(texts(out)).toEqual(['Goodbye.', 'hangup']);
  const { nodes } = await walked(request, line.sessionId);
  expect(nodes).toEqual(expect.arrayContaining(['help--menu', 'bye']));
  expect(nodes).not.toContain('agentSays');
});

test('the subflow’s own Start still works when it is called directly: a Return ends the call', async ({ request }) => {
  const own = await routeNumber(request, agentFlowId);
  const line = caller(request, { destination: own });
  expect(texts(await line.dial())).toEqual(['You asked for .', 'Press 1 for an agent, 2 to go back.']);
  expect(texts(await line.press('2'))).toEqual(['hangup']);
});

test('publishing a flow whose subflow leads back to it is refused, naming the cycle', async ({ request }) => {
  const flow = await (await request.get(`/api/flows/${agentFlowId}`)).json();
  const cyclic = {
    ...agentDocument,
    nodes: [
      ...agentDocument.nodes,
      { id: 'again', kind: 'subflow', position: at(4), data: { flowId: mainFlowId, versionId: mainVersion.id, returns: ['agent', 'done'], params: [] } },
    ],
    edges: agentDocument.edges.map((e) => (e.id === 'c2' ? { ...e, target: 'again' } : e)),
  };
  const saved = await request.put(`/api/flows/${agentFlowId}`, { data: { document: cyclic, draftRevision: flow.draftRevision } });
  expect(saved.status(), await saved.text()).toBe(200);

  const refused = await request.post(`/api/flows/${agentFlowId}/publish`);
  expect(refused.status()).toBe(422);
  const body = (await refused.json()) as { error: string; issues: Array<{ code: string; nodeId: string }> };
  expect(body.error).toContain('Subflow "again" runs');
  expect(body.error).toContain('a cycle between flows');
  expect(body.issues).toEqual([expect.objectContaining({ code: 'subflow-cycle', nodeId: 'again' })]);
});

test('publishing refuses a version that does not exist, and a Return the step does not list', async ({ request }) => {
  const missing = mainDocument(agentFlowId, '00000000-0000-0000-0000-000000000000');
  const flowId = await createFlow(request, { document: missing });
  const refused = await request.post(`/api/flows/${flowId}/publish`);
  expect(refused.status()).toBe(422);
  expect(((await refused.json()) as { error: string }).error).toContain('the flow version it runs no longer exists');

  const stale = mainDocument(agentFlowId, agentVersion.id);
  const data = stale.nodes[1]!.data as { returns: string[] };
  data.returns = ['done'];
  const staleId = await createFlow(request, { document: { ...stale, edges: stale.edges.filter((e) => e.id !== 'b1' && e.id !== 'c1') } });
  const again = await request.post(`/api/flows/${staleId}/publish`);
  expect(again.status()).toBe(422);
  expect(((await again.json()) as { error: string }).error).toContain('its flow returns “agent”, which is not one of its outputs');
});

test('a Subflow may loop back to itself when its flow waits; publishing refuses a loop that never does', async ({ request }) => {
  const loopBack = (flowId: string, versionId: string) => ({
    schemaVersion: 1,
    nodes: [
      { id: 'start', kind: 'start', position: at(0), data: {} },
      { id: 'help', kind: 'subflow', position: at(1), data: { flowId, versionId, returns: ['agent', 'done'], params: [] } },
      { id: 'end', kind: 'hangup', position: at(2), data: {} },
    ],
    edges: [
      { id: 'a', source: 'start', sourceHandle: 'next', target: 'help' },
      { id: 'b', source: 'help', sourceHandle: 'done', target: 'help' },
      { id: 'c', source: 'help', sourceHandle: 'agent', target: 'end' },
    ],
  });
  await publish(request, await createFlow(request, { document: loopBack(agentFlowId, agentVersion.id) }));

  const passThrough = {
    schemaVersion: 1,
    nodes: [
      { id: 'start', kind: 'start', position: at(0), data: {} },
      { id: 'done', kind: 'return', position: at(1), data: { output: 'done' } },
      { id: 'agent', kind: 'return', position: at(1), data: { output: 'agent' } },
    ],
    edges: [{ id: 'a', source: 'start', sourceHandle: 'next', target: 'done' }],
  };
  const passId = await createFlow(request, { document: passThrough });
  const passVersion = await publish(request, passId);
  const refused = await request.post(`/api/flows/${await createFlow(request, { document: loopBack(passId, passVersion.id) })}/publish`);
  expect(refused.status()).toBe(422);
  expect(((await refused.json()) as { error: string }).error).toContain('loop forever without waiting for the caller: help → help');
});

test('a flow that a published version runs as a subflow cannot be deleted: 409 naming the flow that runs it', async ({ request }) => {
  const main = (await (await request.get(`/api/flows/${mainFlowId}`)).json()) as { name: string };
  const response = await request.delete(`/api/flows/${agentFlowId}`);
  expect(response.status()).toBe(409);
  const { error } = (await response.json()) as { error: string };
  expect(error).toMatch(/runs as a subflow in .*: publish those flows without it first$/);
  expect(error).toContain(`"${main.name}" v${mainVersion.version}`);
  expect((await request.get(`/api/flows/${agentFlowId}`)).status()).toBe(200);
});
