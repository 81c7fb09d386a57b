import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { publishedTemplate } from '../support/api';
import { isolatedDatabase, signedInAdmin, type IsolatedDatabase } from '../support/isolated-server';
import { scriptedCall } from '../support/sandbox';
import { freePort, startSecondServer, type SecondServer } from '../support/second-server';

// A sandbox-mode server started like a newcomer's laptop — no WEBHOOK_AUTH_TOKEN — on its
// own database, behind a "proxy" (TRUST_PROXY=1). Attacks on the webhook token: open
// webhooks, steering registrations with Host headers, the sandbox as a courier to another
// host or through a redirect, and a secrets key that changed.
test.describe.configure({ mode: 'serial', timeout: 300_000 });

const keyOf = () => randomBytes(32).toString('base64');
const sandboxWebhooks = '/sandbox/api/v1/subaccounts/sandbox/webhooks';
const sandboxAuth = { Authorization: 'Bearer sandbox-key' };

let database: IsolatedDatabase | undefined;
let server: SecondServer | undefined;
let admin: APIRequestContext | undefined;

/** Starts (or restarts, on the same database) the server with `secretsKey`. */
async function start(secretsKey: string) {
  if (!database) throw new Error('no database');
  server = await startSecondServer(await freePort(), { env: { ...database.env, SECRETS_KEY: secretsKey, TRUST_PROXY: '1' } });
  admin = await signedInAdmin(server.baseUrl);
}

async function stop() {
  await admin?.dispose();
  await server?.stop();
  admin = undefined;
  server = undefined;
}

test.beforeAll(async () => {
  test.setTimeout(200_000);
  database = await isolatedDatabase();
  await start(keyOf());
});

test.afterAll(async () => {
  try {
    await stop();
  } finally {
    await database?.drop();
  }
});

function ready() {
  if (!server || !admin) throw new Error('The sandbox-mode server did not start');
  return { server, admin };
}

const vcs = () => ({
  namespace: 'VOICE',
  eventType: 'CALL_STATUS',
  description: 'Status update of a call',
  payload: { eventId: randomUUID(), sessionId: randomUUID(), callStatus: 'CALL_DISCONNECTED', callDirection: 'INBOUND' },
});
const postVcs = (baseUrl: string, headers: Record<string, string> = {}) =>
  fetch(`${baseUrl}/api/webhooks/8x8/vcs`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(vcs()) });

/** A host that is not this app, counting every request that reaches it. */
async function foreignHost(): Promise<{ url: string; received: string[]; close: () => Promise<void> }> {
  const received: string[] = [];
  const host: Server = createServer((request, response) => {
    received.push(`${request.method} ${request.url} ${request.headers.authorization ?? ''}`);
    response.writeHead(200, { 'Content-Type': 'application/json' }).end('{}');
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  const { port: hostPort } = host.address() as AddressInfo;
  return { url: `http://127.0.0.1:${hostPort}`, received, close: () => new Promise((resolve) => host.close(() => resolve())) };
}

test('with no token configured, the sandbox makes one: a stranger’s webhook is 401, the sandbox’s own calls get through', async () => {
  const { server, admin } = ready();
  const stranger = await postVcs(server.baseUrl);
  expect(stranger.status, await stranger.text()).toBe(401);

  const { number } = await publishedTemplate(admin, 'simple-ivr');
  const call = await scriptedCall(admin, { to: number, digits: ['1'] });
  const deliveries = call.transcript.filter((e) => e.kind === 'webhook');
  expect(deliveries.length).toBeGreaterThan(2);
  for (const delivery of deliveries) expect(delivery, JSON.stringify(delivery)).toMatchObject({ httpStatus: 200 });
  expect(call.outcome).toBe('COMPLETED');
  expect((await (await admin.get('/api/settings')).json()) as object).toMatchObject({ webhookToken: { stored: true, env: false } });
});

test('Host and X-Forwarded-Host cannot choose where webhooks are registered, even behind a trusted proxy', async () => {
  const { server, admin } = ready();
  const attacks: Array<Record<string, string>> = [{ 'X-Forwarded-Host': 'attacker.example', 'X-Forwarded-Proto': 'https' }, { Host: 'attacker.example' }];
  for (const headers of attacks) {
    const registered = await admin.post('/api/settings/webhooks', { headers });
    const body = (await registered.json()) as { webhooks: Array<{ type: string; url: string }> };
    expect(registered.status(), JSON.stringify(body)).toBe(200);
    expect(body.webhooks.map((w) => w.url).sort()).toEqual(['vca', 'vcs', 'vss'].map((t) => `${server.baseUrl}/api/webhooks/8x8/${t}`));
  }
  const listed = await admin.get(sandboxWebhooks, { headers: sandboxAuth });
  expect(await listed.text()).not.toContain('attacker.example');
  const status = (await (await admin.get('/api/settings', { headers: { 'X-Forwarded-Host': 'attacker.example' } })).json()) as { webhookBaseUrl: string };
  expect(status.webhookBaseUrl).toBe(server.baseUrl);
});

test('the sandbox never delivers to another host, nor follows a redirect', async () => {
  const { server, admin } = ready();
  const foreign = await foreignHost();
  try {
    for (const type of ['VCA', 'VCS', 'VSS']) {
      const refused = await admin.post(sandboxWebhooks, { headers: sandboxAuth, data: { type, url: `${foreign.url}/x`, httpAuthHeader: 'their-header' } });
      const body = (await refused.json()) as Record<string, unknown>;
      expect(refused.status(), JSON.stringify(body)).toBe(422);
      expect(body).toMatchObject({ statusCode: '1001', statusMessage: expect.stringContaining(`only to this app, so the url must start with ${server.baseUrl}/`) });
    }
    const listed = await admin.get(sandboxWebhooks, { headers: sandboxAuth });
    expect(await listed.text()).not.toContain(foreign.url);

    const { number } = await publishedTemplate(admin, 'simple-ivr');
    await scriptedCall(admin, { to: number, digits: ['2'] });
    const delivered = (await (await admin.post('/api/settings/test-webhook')).json()) as { url: string; accepted: boolean };
    expect(delivered).toMatchObject({ url: `${server.baseUrl}/api/webhooks/8x8/vcs`, accepted: true });
    expect(foreign.received).toEqual([]);

    // A page of this app redirects a visitor without a session to sign-in: the delivery
    // stops at the 307 rather than following it with the token.
    const redirecting = `${server.baseUrl}/settings`;
    const registered = await admin.post(sandboxWebhooks, { headers: sandboxAuth, data: { type: 'VCS', url: redirecting, httpAuthHeader: 'token' } });
    expect(registered.status(), await registered.text()).toBe(200);
    const bounced = (await (await admin.post('/api/settings/test-webhook')).json()) as Record<string, unknown>;
    expect(bounced).toMatchObject({ url: redirecting, accepted: false, httpStatus: 307 });
  } finally {
    await foreign.close();
    await admin.post('/api/settings/webhooks');
  }
});

test('a stored webhook token sealed with another key answers 503 and the log says why', async () => {
  await stop();
  await start(keyOf());
  const { server, admin } = ready();
  const attempts: Array<Record<string, string>> = [{}, { Authorization: 'a guess' }];
  for (const headers of attempts) {
    const response = await postVcs(server.baseUrl, headers);
    const body = (await response.json()) as { error: string };
    expect(response.status, JSON.stringify(body)).toBe(503);
    expect(body.error).toMatch(/stored webhook token cannot be decrypted \(SECRETS_KEY changed/);
  }
  await expect.poll(() => server.output()).toContain('[webhooks] refusing webhooks with 503: The stored webhook token cannot be decrypted');
  const status = (await (await admin.get('/api/settings')).json()) as { unreadable: string[] };
  expect(status.unreadable).toContain('webhook token');

  // Registering again replaces it: webhooks are authenticated again, not open.
  expect((await admin.post('/api/settings/webhooks')).status()).toBe(200);
  expect((await postVcs(server.baseUrl, { Authorization: 'a guess' })).status).toBe(401);
});
