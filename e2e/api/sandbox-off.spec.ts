import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { isolatedDatabase, signedInAdmin, type IsolatedDatabase } from '../support/isolated-server';
import { freePort, startSecondServer, type SecondServer } from '../support/second-server';

// A server with real 8x8 credentials (from the environment) and nothing else: no
// APP_BASE_URL, no webhook token. Its own database, so the shared server keeps its sandbox.
// The sandbox is off there, webhooks are refused rather than open, and webhooks cannot
// be registered with 8x8 at an address taken from a request.
test.describe.configure({ mode: 'serial', timeout: 240_000 });

let database: IsolatedDatabase | undefined;
let server: SecondServer | undefined;
let admin: APIRequestContext | undefined;

test.beforeAll(async () => {
  test.setTimeout(200_000);
  database = await isolatedDatabase();
  server = await startSecondServer(await freePort(), {
    env: {
      ...database.env,
      VOICE_SUBACCOUNT_ID: 'acme-live',
      VOICE_API_KEY: 'a-real-looking-key',
      // Nothing here may reach the real 8x8: the discard port refuses every connection.
      VOICE_API_BASE_URL: 'http://127.0.0.1:9',
    },
  });
  admin = await signedInAdmin(server.baseUrl);
});

test.afterAll(async () => {
  try {
    await admin?.dispose();
    await server?.stop();
  } finally {
    await database?.drop();
  }
});

function ready() {
  if (!server || !admin) throw new Error('The server with real 8x8 credentials did not start');
  return { server, admin };
}

const vcs = () => ({
  namespace: 'VOICE',
  eventType: 'CALL_STATUS',
  description: 'Status update of a call',
  payload: { eventId: randomUUID(), sessionId: randomUUID(), callStatus: 'CALL_DISCONNECTED', callDirection: 'INBOUND' },
});

test('webhooks with no token configured are refused (401), never accepted unauthenticated', async () => {
  const { server } = ready();
  for (const endpoint of ['vca', 'vcs', 'vss']) {
    const attempts: Array<Record<string, string>> = [{}, { Authorization: 'anything' }];
    for (const headers of attempts) {
      const response = await fetch(`${server.baseUrl}/api/webhooks/8x8/${endpoint}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify(vcs()),
      });
      const body = (await response.json()) as { error: string };
      expect(response.status, JSON.stringify(body)).toBe(401);
      expect(body.error).toMatch(/No webhook token is configured while real 8x8 credentials are: register the webhooks/);
    }
  }
});

/** Every route file under app/sandbox, as a URL (dynamic segments filled in) and its methods. */
function sandboxRoutes(): Array<{ url: string; methods: string[] }> {
  const root = path.resolve('app/sandbox');
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : e.name === 'route.ts' ? [path.join(dir, e.name)] : []));
  const fill: Record<string, string> = { subAccountId: 'sandbox', sessionId: randomUUID(), type: 'VCA' };
  return walk(root).map((file) => {
    const segments = path.relative(path.resolve('app'), path.dirname(file)).split(path.sep);
    const url = `/${segments.map((s) => s.replace(/^\[(.+)\]$/, (_m, name: string) => fill[name] ?? name)).join('/')}`;
    const methods = [...readFileSync(file, 'utf8').matchAll(/^export const (GET|POST|PUT|PATCH|DELETE)\b/gm)].map((m) => m[1]!);
    return { url, methods };
  });
}

test('every /sandbox route answers 404 saying the sandbox is off because real credentials are configured', async () => {
  const { admin } = ready();
  const routes = sandboxRoutes();
  expect(routes.length).toBeGreaterThanOrEqual(12);
  for (const { url, methods } of routes) {
    expect(methods.length, url).toBeGreaterThan(0);
    for (const method of methods) {
      // Signed in as the admin and with the sandbox's key: the sandbox still answers nothing.
      const response = await admin.fetch(url, { method, headers: { Authorization: 'Bearer sandbox-key' }, ...(method !== 'GET' && { data: {} }) });
      const text = await response.text();
      expect(response.status(), `${method} ${url}: ${text}`).toBe(404);
      expect((JSON.parse(text) as { error: string }).error).toMatch(/sandbox is off because real 8x8 credentials are configured/);
    }
  }
});

test('registering webhooks with 8x8 without APP_BASE_URL is refused, and the setup page says so before the click', async () => {
  const { admin } = ready();
  const refused = await admin.post('/api/settings/webhooks', { headers: { 'X-Forwarded-Host': 'attacker.example', Host: 'attacker.example' } });
  const refusedBody = (await refused.json()) as { error: string };
  expect(refused.status(), JSON.stringify(refusedBody)).toBe(409);
  expect(refusedBody.error).toMatch(/^Set APP_BASE_URL/);

  const status = (await (await admin.get('/api/settings')).json()) as Record<string, unknown>;
  expect(status).toMatchObject({
    mode: 'live',
    source: 'env',
    webhookBaseUrl: null,
    webhookBaseProblem: expect.stringMatching(/^Set APP_BASE_URL/),
    sandbox: { enabled: false, reason: expect.stringMatching(/real 8x8 credentials/) },
    // Refused before a token was generated.
    webhookToken: { stored: false, env: false },
  });

  const page = await (await admin.get('/settings')).text();
  expect(page).toContain('Set APP_BASE_URL to the public https address');
  const button = /<button[^>]*>Register webhooks<\/button>/.exec(page)?.[0] ?? '';
  expect(button).toMatch(/disabled=""/);
  expect(button).toContain('aria-describedby="webhook-base-problem"');
  expect(page).not.toContain('Send a test delivery');
});

test('no test delivery and no designer test call while the sandbox is off', async ({ request }) => {
  const { admin } = ready();
  const delivery = await admin.post('/api/settings/test-webhook');
  const deliveryBody = (await delivery.json()) as { error: string };
  expect(delivery.status(), JSON.stringify(deliveryBody)).toBe(409);
  expect(deliveryBody.error).toMatch(/sandbox is off because real 8x8 credentials are configured/);

  const testCallTitle = 'Call the published flow from a phone in the browser (sandbox)';
  const flowPage = async (client: APIRequestContext) => {
    const flows = (await (await client.get('/api/flows')).json()) as { flows: Array<{ id: string }> };
    return (await client.get(`/flows/${flows.flows[0]!.id}`)).text();
  };
  expect(await flowPage(admin)).not.toContain(testCallTitle);
  // The same page on the shared server, whose sandbox is on, offers it: the check above can fail.
  expect(await flowPage(request)).toContain(testCallTitle);
});
