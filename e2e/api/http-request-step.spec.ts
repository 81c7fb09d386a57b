import { randomUUID } from 'node:crypto';
import { expect, test, type APIRequestContext } from '@playwright/test';
import type { CallflowAction } from '@/lib/eightbyeight/callflow';
import { startTestServer, type TestServer } from '@/lib/testing/http-test-server';
import { caller, createFlow, getCall, publish, routeNumber, uniqueNumber } from '../support/api';

// The HTTP request step (a data dip) through real webhooks: a flow looks the caller up by
// number on a real HTTP server this file starts, greets them by name and branches on the
// outcome. The server answers by the caller's number: fast, slow (past the step's timeout),
// 500, huge and malformed. 127.0.0.1 is private, so the request is refused until an admin
// allow-lists it. The allow-list is one setting for the whole server: serial, and restored.
test.describe.configure({ mode: 'serial' });

const secretName = `E2E_CRM_${randomUUID().slice(0, 8)}`;
const secretValue = `s3cret-${randomUUID()}`;
const timeoutMs = 1000;

type Behaviour = 'ok' | 'slow' | 'error' | 'huge' | 'malformed';
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
