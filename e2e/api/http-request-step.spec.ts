import { randomUUID } from 'node:crypto';
import { expect, test, type APIRequestContext } from '@playwright/test';
import type { CallflowAction } from '@/lib/eightbyeight/callflow';
import { startTestServer, type TestServer } from '@/lib/testing/http-test-server';
import { uniqueWav } from '@/lib/testing/audio-samples';
import { caller, createFlow, getCall, publish, routeNumber, uniqueNumber } from '../support/api';
import { uploadRecording } from '../support/prompts';

// The HTTP request step (a data dip) through real webhooks: a flow looks the caller up by
// number on a real HTTP server this file starts, greets them by name and branches on the
// outcome. The server answers by the caller's number: fast, slow (past the step's timeout),
// 500, huge and malformed. 127.0.0.1 is private, so the request is refused until an admin
// allow-lists it. The allow-list is one setting for the whole server: serial, and restored.
test.describe.configure({ mode: 'serial' });

const secretName = `E2E_CRM_${randomUUID().slice(0, 8)}`;
const secretValue = `s3cret-${randomUUID()}`;
const timeoutMs = 1000;

type Behaviour = 'ok' | 'silver' | 'slow' | 'error' | 'huge' | 'malformed';
const behaviours = new Map<string, Behaviour>();
let crm: TestServer;
let number: string;
let hostsBefore: string[] = [];

function document(origin: string) {
  const say = (id: string, text: string, y: number) => ({ id, kind: 'say', position: { x: 2, y }, data: { text, voiceProfile: '' } });
  return {
    schemaVersion: 1,
    nodes: [
      { id: 'start', kind: 'start', position: { x: 0, y: 0 }, data: {} },
      {
        id: 'lookup',
        kind: 'httpRequest',
        position: { x: 1, y: 0 },
        data: {
          method: 'GET',
          url: `${origin}/customers?phone={{caller}}`,
          headers: [{ name: 'X-Api-Key', value: `{{secrets.${secretName}}}` }],
          body: '',
          timeoutMs,
          maxResponseBytes: 65536,
          mappings: [
            { variable: 'name', path: '$.customer.name' },
            { variable: 'tier', path: '$.customer.tiers[0]' },
          ],
        },
      },
      say('hello', 'Hello {{vars.name}}, you are {{vars.tier}}.', 0),
      say('failed', 'Sorry, we could not find your account.', 1),
      say('slow', 'Our systems are slow today.', 2),
      { id: 'end', kind: 'hangup', position: { x: 3, y: 0 }, data: {} },
    ],
    edges: [
      { id: 'a', source: 'start', sourceHandle: 'next', target: 'lookup' },
      { id: 'b', source: 'lookup', sourceHandle: 'success', target: 'hello' },
      { id: 'c', source: 'lookup', sourceHandle: 'failed', target: 'failed' },
      { id: 'd', source: 'lookup', sourceHandle: 'timedOut', target: 'slow' },
      { id: 'e', source: 'hello', sourceHandle: 'next', target: 'end' },
      { id: 'f', source: 'failed', sourceHandle: 'next', target: 'end' },
      { id: 'g', source: 'slow', sourceHandle: 'next', target: 'end' },
    ],
  };
}

type StoredDip = { nodeId: string; method: string; url: string; outcome: string; status: number | null; ms: number; response: string; error?: string };

async function allowHosts(request: APIRequestContext, hosts: string[]) {
  const response = await request.put('/api/settings/data-dips/allow-hosts', { data: { hosts } });
  expect(response.status(), await response.text()).toBe(200);
}

/** Rings the flow from a caller the CRM answers with `behaviour`; the reply's says, and the request stored with the call. */
async function ring(request: APIRequestContext, behaviour: Behaviour) {
  const phone = uniqueNumber();
  behaviours.set(phone, behaviour);
  const call = caller(request, { destination: number, source: phone });
  const started = performance.now();
  const reply = await call.dial();
  const ms = performance.now() - started;
  const says = reply.callflow.flatMap((a: CallflowAction) => (a.action === 'say' ? [a.params.text] : []));
  const stored = await getCall(request, call.sessionId);
  const dips = stored.events.flatMap((e) => (e.dataDips as StoredDip[] | null) ?? []);
  return { phone, says, ms, dips, stored };
}

test.beforeAll(async ({ request }) => {
  crm = await startTestServer((incoming, response) => {
    const phone = new URL(incoming.url ?? '/', 'http://x').searchParams.get('phone') ?? '';
    const behaviour = behaviours.get(phone);
    const json = (status: number, body: string) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(body);
    };
    if (incoming.headers['x-api-key'] !== secretValue) return json(401, '{"error":"no key"}');
    if (behaviour === 'ok') return json(200, JSON.stringify({ customer: { name: 'Ada Lovelace', tiers: ['gold'] }, echo: incoming.headers['x-api-key'] }));
    if (behaviour === 'silver') return json(200, JSON.stringify({ customer: { name: 'Bo Silva', tiers: ['silver'] } }));
    if (behaviour === 'slow') return void setTimeout(() => json(200, '{"customer":{"name":"Too Late"}}'), timeoutMs * 3);
    if (behaviour === 'error') return json(500, '{"error":"database unavailable"}');
    if (behaviour === 'huge') return json(200, JSON.stringify({ customer: { name: 'Big' }, padding: 'x'.repeat(2 * 1024 * 1024) }));
    if (behaviour === 'malformed') return json(200, '{"customer": {"name": "Half');
    return json(404, '{"error":"unknown caller"}');
  });
  const flowId = await createFlow(request, { document: document(crm.origin) });
  // Published before its secret exists: a warning (the step would take Failed), not a refusal.
  const published = (await publish(request, flowId)) as { warnings?: Array<{ code: string; message: string }> };
  expect(published.warnings?.filter((w) => w.code === 'unknown-secret').map((w) => w.message)).toEqual([
    `HTTP request "lookup": no secret is named ${secretName}; an admin adds it under Settings → Data dips (until then the step takes "Failed")`,
  ]);
  number = await routeNumber(request, flowId);
  const secret = await request.put(`/api/settings/data-dips/secrets/${secretName}`, { data: { value: secretValue } });
  expect(secret.status(), await secret.text()).toBe(200);
  const settings = (await (await request.get('/api/settings/data-dips')).json()) as { allowHosts: string[] };
  hostsBefore = settings.allowHosts.filter((h) => h !== '127.0.0.1');
  await allowHosts(request, hostsBefore);
});

test.afterAll(async ({ request }) => {
  await allowHosts(request, hostsBefore);
  await request.delete(`/api/settings/data-dips/secrets/${secretName}`);
  await crm?.close();
});

test('a private address is refused until an admin allow-lists the host, then the caller is greeted by name', async ({ request }) => {
  const refused = await ring(request, 'ok');
  expect(refused.says).toEqual(['Sorry, we could not find your account.']);
  expect(refused.dips).toHaveLength(1);
  expect(refused.dips[0]).toMatchObject({ nodeId: 'lookup', outcome: 'failed', status: null });
  expect(refused.dips[0]!.error).toMatch(/127\.0\.0\.1/);
  expect(crm.received.filter((r) => r.url.includes(encodeURIComponent(refused.phone)))).toEqual([]);

  await allowHosts(request, [...hostsBefore, '127.0.0.1']);
  const greeted = await ring(request, 'ok');
  expect(greeted.says).toEqual(['Hello Ada Lovelace, you are gold.']);
  expect(greeted.stored.session.vars).toMatchObject({ name: 'Ada Lovelace', tier: 'gold' });
  const [dip] = greeted.dips;
  expect(dip).toMatchObject({ nodeId: 'lookup', method: 'GET', url: `${crm.origin}/customers?phone=${encodeURIComponent(greeted.phone)}`, outcome: 'success', status: 200 });
  expect(dip!.ms).toBeGreaterThanOrEqual(0);
  // The CRM got the secret; the stored call shows its name where the server echoed it, never its value.
  const received = crm.received.find((r) => r.url.includes(encodeURIComponent(greeted.phone)));
  expect(received?.headers['x-api-key']).toBe(secretValue);
  expect(dip!.response).toContain(`[secret ${secretName}]`);
  expect(JSON.stringify(greeted.stored)).not.toContain(secretValue);
});

test('a server slower than the step’s timeout takes “Timed out”, and the reply is not held past it', async ({ request }) => {
  const slow = await ring(request, 'slow');
  expect(slow.says).toEqual(['Our systems are slow today.']);
  expect(slow.dips[0]).toMatchObject({ outcome: 'timedOut', status: null, error: `no complete answer within ${timeoutMs} ms` });
  expect(slow.dips[0]!.ms).toBeGreaterThanOrEqual(timeoutMs - 50);
  expect(slow.dips[0]!.ms).toBeLessThan(timeoutMs + 500);
  expect(slow.ms).toBeLessThan(timeoutMs * 3);
});

test('a 500, a huge answer and a malformed one take “Failed”, each stored with why', async ({ request }) => {
  const failed = await ring(request, 'error');
  expect(failed.says).toEqual(['Sorry, we could not find your account.']);
  expect(failed.dips[0]).toMatchObject({ outcome: 'failed', status: 500, error: 'HTTP 500', response: '{"error":"database unavailable"}' });

  const huge = await ring(request, 'huge');
  expect(huge.says).toEqual(['Sorry, we could not find your account.']);
  expect(huge.dips[0]).toMatchObject({ outcome: 'failed', status: 200, error: 'response larger than 65536 bytes' });
  expect(huge.dips[0]!.response.length).toBeLessThanOrEqual(2001);

  const malformed = await ring(request, 'malformed');
  expect(malformed.says).toEqual(['Sorry, we could not find your account.']);
  expect(malformed.dips[0]).toMatchObject({ outcome: 'failed', status: 200, error: 'the response is not JSON', response: '{"customer": {"name": "Half' });
  expect(malformed.stored.session.vars ?? {}).not.toHaveProperty('name');
});

// Issue 11's scenario, in one flow: the caller is looked up by number over HTTP and greeted by
// name, a Condition branches on their tier, a reused "speak to an agent" subflow takes over, and a
// silver caller first hears an uploaded recording. Its test cases pass and it publishes; a change
// that breaks one is refused at Publish.
test('looked up over HTTP, greeted by name, branched on tier, a reused subflow and an uploaded recording; its test cases gate Publish', async ({ request }) => {
  await allowHosts(request, [...hostsBefore, '127.0.0.1']);
  const recording = await uploadRecording(request, uniqueWav());
  const at = (x: number, y = 0) => ({ x, y });
  const say = (id: string, text: string, x: number, y = 0) => ({ id, kind: 'say', position: at(x, y), data: { text, voiceProfile: '' } });

  const agentId = await createFlow(request, {
    document: {
      schemaVersion: 1,
      nodes: [
        { id: 'start', kind: 'start', position: at(0), data: {} },
        say('hello', 'You asked for the {{vars.team}}.', 1),
        { id: 'menu', kind: 'menu', position: at(2), data: { promptMessage: 'Press 1 for an agent, 2 to leave.', voiceProfile: '', maxDigits: 1, options: [{ digits: '1' }, { digits: '2' }] } },
        { id: 'toAgent', kind: 'return', position: at(3), data: { output: 'agent' } },
        { id: 'leave', kind: 'return', position: at(3, 1), data: { output: 'done' } },
      ],
      edges: [
        { id: 'a', source: 'start', sourceHandle: 'next', target: 'hello' },
        { id: 'b', source: 'hello', sourceHandle: 'next', target: 'menu' },
        { id: 'c', source: 'menu', sourceHandle: '1', target: 'toAgent' },
        { id: 'd', source: 'menu', sourceHandle: '2', target: 'leave' },
      ],
    },
  });
  const agentVersion = await publish(request, agentId);

  const mainDocument = (goldValue: string) => ({
    schemaVersion: 1,
    nodes: [
      { id: 'start', kind: 'start', position: at(0), data: {} },
      { ...document(crm.origin).nodes.find((n) => n.id === 'lookup')!, position: at(1) },
      { id: 'tier', kind: 'condition', position: at(2), data: { subject: '{{vars.tier}}', rules: [{ id: 'gold', operator: 'equals', value: goldValue }] } },
      say('goldHello', 'Hello {{vars.name}}, welcome back to the gold line.', 3),
      say('hello', 'Hello {{vars.name}}.', 3, 1),
      { id: 'music', kind: 'playFile', position: at(4, 1), data: { fileUrl: recording.path } },
      { id: 'help', kind: 'subflow', position: at(5), data: { flowId: agentId, versionId: agentVersion.id, returns: ['agent', 'done'], params: [{ name: 'team', value: 'accounts desk' }] } },
      say('agentSays', 'An agent will answer.', 6),
      say('bye', 'Goodbye.', 6, 1),
      say('sorry', 'Sorry, we could not find your account.', 2, 2),
      { id: 'end', kind: 'hangup', position: at(7), data: {} },
    ],
    edges: [
      { id: 'e1', source: 'start', sourceHandle: 'next', target: 'lookup' },
      { id: 'e2', source: 'lookup', sourceHandle: 'success', target: 'tier' },
      { id: 'e3', source: 'lookup', sourceHandle: 'failed', target: 'sorry' },
      { id: 'e4', source: 'lookup', sourceHandle: 'timedOut', target: 'sorry' },
      { id: 'e5', source: 'tier', sourceHandle: 'gold', target: 'goldHello' },
      { id: 'e6', source: 'tier', sourceHandle: 'otherwise', target: 'hello' },
      { id: 'e7', source: 'goldHello', sourceHandle: 'next', target: 'help' },
      { id: 'e8', source: 'hello', sourceHandle: 'next', target: 'music' },
      { id: 'e9', source: 'music', sourceHandle: 'next', target: 'help' },
      { id: 'e10', source: 'help', sourceHandle: 'agent', target: 'agentSays' },
      { id: 'e11', source: 'help', sourceHandle: 'done', target: 'bye' },
      { id: 'e12', source: 'agentSays', sourceHandle: 'next', target: 'end' },
      { id: 'e13', source: 'bye', sourceHandle: 'next', target: 'end' },
      { id: 'e14', source: 'sorry', sourceHandle: 'next', target: 'end' },
    ],
  });
  const flowId = await createFlow(request, { document: mainDocument('gold') });
  const line = await routeNumber(request, flowId);

  // Test cases, with the CRM's answers mocked: a gold caller asks for an agent, a silver one leaves.
  const cases = [
    {
      name: 'gold caller reaches an agent',
      case: {
        caller: '+6591110001',
        dialed: line,
        presses: ['1'],
        mocks: { lookup: { kind: 'response', status: 200, json: { customer: { name: 'Ada', tiers: ['gold'] } } } },
        expect: { says: ['Hello Ada, welcome back to the gold line.', 'You asked for the accounts desk.', 'An agent will answer.'], end: { kind: 'hangup' } },
      },
    },
    {
      name: 'silver caller hears the recording and leaves',
      case: {
        caller: '+6591110002',
        dialed: line,
        presses: ['2'],
        mocks: { lookup: { kind: 'response', status: 200, json: { customer: { name: 'Bo', tiers: ['silver'] } } } },
        expect: { says: ['Hello Bo.', 'Goodbye.'], end: { kind: 'hangup' } },
      },
    },
  ];
  for (const body of cases) {
    const created = await request.post(`/api/flows/${flowId}/tests`, { data: body });
    expect(created.status(), await created.text()).toBe(201);
  }
  const run = await request.post(`/api/flows/${flowId}/tests/run`);
  expect(run.status(), await run.text()).toBe(200);
  expect(await run.json()).toMatchObject({ total: 2, passed: 2, failed: 0, errors: 0 });
  await publish(request, flowId);

  // Real calls through the webhooks: the CRM answers by the caller's number.
  const gold = uniqueNumber();
  behaviours.set(gold, 'ok');
  const goldCall = caller(request, { destination: line, source: gold });
  const welcome = await goldCall.dial();
  const spoken = (reply: typeof welcome) => reply.callflow.flatMap((a: CallflowAction) => (a.action === 'say' ? [a.params.text] : a.action === 'sayAndCapture' ? [a.params.promptMessage] : [a.action]));
  expect(spoken(welcome)).toEqual(['Hello Ada Lovelace, welcome back to the gold line.', 'You asked for the accounts desk.', 'Press 1 for an agent, 2 to leave.']);
  expect(spoken(await goldCall.press('1'))).toEqual(['An agent will answer.', 'hangup']);
  const goldStored = await getCall(request, goldCall.sessionId);
  expect(goldStored.events.flatMap((e) => (e.dataDips as StoredDip[] | null) ?? [])).toMatchObject([{ nodeId: 'lookup', outcome: 'success', status: 200 }]);
  expect(goldStored.events.flatMap((e) => (e.walkedNodes as string[] | null) ?? [])).toEqual(expect.arrayContaining(['lookup', 'tier', 'goldHello', 'help', 'help--hello', 'help--menu', 'agentSays']));

  const silver = uniqueNumber();
  behaviours.set(silver, 'silver');
  const silverCall = caller(request, { destination: line, source: silver });
  const silverWelcome = await silverCall.dial();
  expect(spoken(silverWelcome)).toEqual(['Hello Bo Silva.', 'playFile', 'You asked for the accounts desk.', 'Press 1 for an agent, 2 to leave.']);
  expect(silverWelcome.callflow).toContainEqual({ action: 'playFile', params: { fileUrl: recording.url } });
  expect(spoken(await silverCall.press('2'))).toEqual(['Goodbye.', 'hangup']);

  // A change that breaks the gold case: Publish is refused, naming it, and no version is made.
  const flow = (await (await request.get(`/api/flows/${flowId}`)).json()) as { draftRevision: number; versions: unknown[] };
  const saved = await request.put(`/api/flows/${flowId}`, { data: { document: mainDocument('platinum'), draftRevision: flow.draftRevision } });
  expect(saved.status(), await saved.text()).toBe(200);
  const refused = await request.post(`/api/flows/${flowId}/publish`);
  expect(refused.status()).toBe(422);
  const body = (await refused.json()) as { error: string; failingTests: Array<{ name: string }> };
  expect(body.failingTests.map((t) => t.name)).toEqual(['gold caller reaches an agent']);
  expect(body.error).toContain('gold caller reaches an agent');
  expect(((await (await request.get(`/api/flows/${flowId}`)).json()) as { versions: unknown[] }).versions).toHaveLength(flow.versions.length);
});

