import { randomUUID } from 'node:crypto';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { createFlow } from '../support/api';
import { storageStatePath, testServer } from '../support/test-server';

// Flow test cases over HTTP: CRUD, a run as JSON and as JUnit XML (?format=junit), and
// the publish gate — a draft change that breaks a case is refused with 422 naming it.

const menu = {
  promptMessage: 'Press 1 for sales, 2 to leave',
  voiceProfile: 'en-GB-Emma',
  speed: 1,
  minDigits: 1,
  maxDigits: 1,
  digitTimeout: 5000,
  overallTimeout: 10000,
  completeOnHash: false,
  noOfTries: 2,
  options: [{ digits: '1' }, { digits: '2' }],
};

function shopDocument(salesNumber = '+6560001111') {
  const position = { x: 0, y: 0 };
  return {
    schemaVersion: 1,
    nodes: [
      { id: 'start', kind: 'start', position, data: {} },
      { id: 'main', kind: 'menu', position, data: menu },
      { id: 'sales', kind: 'transfer', position, data: { destination: salesNumber, source: '{{dialed}}' } },
      { id: 'bye', kind: 'say', position, data: { text: 'Goodbye from the shop', voiceProfile: 'en-GB-Emma', speed: 1 } },
      { id: 'end', kind: 'hangup', position, data: {} },
    ],
    edges: [
      { id: 'e1', source: 'start', sourceHandle: 'next', target: 'main' },
      { id: 'e2', source: 'main', sourceHandle: '1', target: 'sales' },
      { id: 'e3', source: 'main', sourceHandle: '2', target: 'bye' },
      { id: 'e4', source: 'bye', sourceHandle: 'next', target: 'end' },
    ],
  };
}

const salesCase = {
  caller: '+6591110000',
  dialed: '+6562220000',
  presses: ['1'],
  expect: { steps: ['start', 'main', 'sales'], says: ['Press 1 for sales'], end: { kind: 'transfer', to: '+6560001111' } },
};
const leaveCase = { caller: '+6591110000', dialed: '+6562220000', presses: ['2'], expect: { says: ['Goodbye'], end: { kind: 'hangup' } } };

type TestCase = { id: string; name: string; case: typeof salesCase };
type Run = {
  total: number;
  passed: number;
  failed: number;
  errors: number;
  cases: Array<{ name: string; passed: boolean; difference: { expectation: string; message: string } | null; call: { steps: string[] } }>;
};

async function addCase(request: APIRequestContext, flowId: string, name: string, spec: unknown): Promise<TestCase> {
  const response = await request.post(`/api/flows/${flowId}/tests`, { data: { name, case: spec } });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as TestCase;
}

async function run(request: APIRequestContext, flowId: string): Promise<Run> {
  const response = await request.post(`/api/flows/${flowId}/tests/run`);
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as Run;
}

async function saveDraft(request: APIRequestContext, flowId: string, document: unknown) {
  const flow = (await (await request.get(`/api/flows/${flowId}`)).json()) as { draftRevision: number };
  const response = await request.put(`/api/flows/${flowId}`, { data: { document, draftRevision: flow.draftRevision } });
  expect(response.status(), await response.text()).toBe(200);
}

test('test cases: add, list, edit, delete', async ({ request }) => {
  const flowId = await createFlow(request, { document: shopDocument() });
  const created = await addCase(request, flowId, 'Sales', salesCase);
  expect(created).toMatchObject({ name: 'Sales', case: { presses: ['1'], mocks: {} } });
  await addCase(request, flowId, 'Leave', leaveCase);

  const listed = (await (await request.get(`/api/flows/${flowId}/tests`)).json()) as { cases: TestCase[] };
  expect(listed.cases.map((c) => c.name)).toEqual(['Leave', 'Sales']);

  const renamed = await request.patch(`/api/flows/${flowId}/tests/${created.id}`, { data: { name: 'Sales line' } });
  expect(renamed.status(), await renamed.text()).toBe(200);
  expect(await renamed.json()).toMatchObject({ name: 'Sales line', case: { presses: ['1'] } });

  const taken = await request.patch(`/api/flows/${flowId}/tests/${created.id}`, { data: { name: 'Leave' } });
  expect(taken.status()).toBe(409);
  expect(((await taken.json()) as { error: string }).error).toMatch(/already has a test case named "Leave"/);

  expect((await request.delete(`/api/flows/${flowId}/tests/${created.id}`)).status()).toBe(204);
  expect((await request.delete(`/api/flows/${flowId}/tests/${created.id}`)).status()).toBe(404);
  const after = (await (await request.get(`/api/flows/${flowId}/tests`)).json()) as { cases: TestCase[] };
  expect(after.cases.map((c) => c.name)).toEqual(['Leave']);

  const audit = await request.get(`/api/audit?targetType=flow&targetId=${flowId}`);
  expect(audit.status(), await audit.text()).toBe(200);
  const actions = JSON.stringify(await audit.json());
  for (const action of ['flow.test_create', 'flow.test_update', 'flow.test_delete']) expect(actions).toContain(action);
});

test('bad bodies are refused with what to fix', async ({ request }) => {
  const flowId = await createFlow(request, { document: shopDocument() });
  const post = (data: unknown) => request.post(`/api/flows/${flowId}/tests`, { data });
  const cases: Array<[unknown, number, RegExp]> = [
    [{ case: salesCase }, 422, /name: required/],
    [{ name: 'x', case: { ...salesCase, presses: ['1a'] } }, 422, /presses\[0\]: Each press is 1 to 32 of 0-9, \* and #/],
    [{ name: 'x', case: { ...salesCase, now: 'monday' } }, 422, /now is an ISO 8601 time/],
    [{ name: 'x', case: { ...salesCase, expect: { end: { kind: 'explode' } } } }, 422, /case\.expect\.end/],
    [{ name: 'x', case: salesCase, extra: 1 }, 422, /extra/],
  ];
  for (const [data, status, message] of cases) {
    const response = await post(data);
    expect(response.status(), JSON.stringify(data)).toBe(status);
    expect(((await response.json()) as { error: string }).error).toMatch(message);
  }
  const notJson = await request.post(`/api/flows/${flowId}/tests`, { data: Buffer.from('{'), headers: { 'content-type': 'application/json' } });
  expect(notJson.status()).toBe(400);
  const emptyPatch = await request.patch(`/api/flows/${flowId}/tests/${randomUUID()}`, { data: {} });
  expect(emptyPatch.status()).toBe(422);
  expect((await request.post(`/api/flows/${randomUUID()}/tests`, { data: { name: 'x', case: salesCase } })).status()).toBe(404);
  expect((await request.post(`/api/flows/${flowId}/tests/run?format=yaml`)).status()).toBe(422);
});

test('a passing suite, a draft change that breaks a case blocks publishing, the fix publishes', async ({ request }) => {
  const flowId = await createFlow(request, { document: shopDocument() });
  await addCase(request, flowId, 'Sales', salesCase);
  await addCase(request, flowId, 'Leave', leaveCase);

  const passing = await run(request, flowId);
  expect(passing).toMatchObject({ total: 2, passed: 2, failed: 0, errors: 0 });
  expect(passing.cases.find((c) => c.name === 'Sales')?.call.steps).toEqual(['start', 'main', 'sales']);

  const junit = await request.post(`/api/flows/${flowId}/tests/run?format=junit`);
  expect(junit.status()).toBe(200);
  expect(junit.headers()['content-type']).toMatch(/^application\/xml/);
  const xml = await junit.text();
  expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
  expect(xml).toContain('tests="2" failures="0" errors="0"');
  expect(xml).toContain('<testcase name="Sales"');

  await saveDraft(request, flowId, shopDocument('+6560009999'));
  const failing = await run(request, flowId);
  expect(failing).toMatchObject({ total: 2, passed: 1, failed: 1 });
  expect(failing.cases.find((c) => c.name === 'Sales')?.difference).toEqual({
    expectation: 'end',
    message: 'Expected the call to end: was transferred to +6560001111; it was transferred to +6560009999',
  });
  const failingXml = await (await request.post(`/api/flows/${flowId}/tests/run?format=junit`)).text();
  expect(failingXml).toContain('tests="2" failures="1" errors="0"');
  expect(failingXml).toContain('<failure message="Expected the call to end: was transferred to +6560001111; it was transferred to +6560009999" type="end">');

  const refused = await request.post(`/api/flows/${flowId}/publish`);
  expect(refused.status()).toBe(422);
  const body = (await refused.json()) as { error: string; failingTests: Array<{ name: string; difference: { message: string } }> };
  expect(body.error).toMatch(/^1 of 2 test case\(s\) fail: "Sales": Expected the call to end/);
  expect(body.failingTests).toEqual([expect.objectContaining({ name: 'Sales', difference: expect.objectContaining({ expectation: 'end' }) })]);
  const flow = (await (await request.get(`/api/flows/${flowId}`)).json()) as { versions: unknown[] };
  expect(flow.versions).toEqual([]);

  await saveDraft(request, flowId, shopDocument());
  const published = await request.post(`/api/flows/${flowId}/publish`);
  expect(published.status(), await published.text()).toBe(201);
  expect(await published.json()).toMatchObject({ version: 1, tests: { total: 2, passed: 2 } });
});

test.describe('a viewer', () => {
  test.use({ storageState: storageStatePath('viewer') });

  test('runs and reads test cases, and may not change them', async ({ request, playwright }) => {
    const admin = await playwright.request.newContext({
      baseURL: testServer.baseUrl,
      storageState: storageStatePath('admin'),
      extraHTTPHeaders: { Origin: testServer.baseUrl },
    });
    const flowId = await createFlow(admin, { document: shopDocument() });
    const created = await addCase(admin, flowId, 'Sales', salesCase);
    await admin.dispose();

    expect((await request.get(`/api/flows/${flowId}/tests`)).status()).toBe(200);
    expect((await run(request, flowId)).passed).toBe(1);
    for (const response of [
      await request.post(`/api/flows/${flowId}/tests`, { data: { name: 'Mine', case: leaveCase } }),
      await request.patch(`/api/flows/${flowId}/tests/${created.id}`, { data: { name: 'Renamed' } }),
      await request.delete(`/api/flows/${flowId}/tests/${created.id}`),
    ]) {
      expect(response.status()).toBe(403);
      expect(((await response.json()) as { error: string }).error).toMatch(/Needs the Editor role or higher: your role is viewer/);
    }
  });
});
