import { randomUUID } from 'node:crypto';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { authHeader } from '../support/api';
import { testServer } from '../support/test-server';

// The 8x8 setup API and the sandbox's Webhooks API. Tests share one server with the
// other suites, which expect the sandbox: only the first test saves credentials, and it
// removes them at once without placing calls in between. The file runs serially so
// that its own webhook registrations never meet that moment on 8x8.
test.describe.configure({ mode: 'serial' });

const sandboxWebhooks = '/sandbox/api/v1/subaccounts/sandbox/webhooks';
const sandboxAuth = { Authorization: 'Bearer sandbox-key' };
type Status = { mode: string; source: string; subAccountId: string; stored: { subAccountId: string | null; apiKeySaved: boolean } };
type Listed = { subAccountId: string; count: number; webhooks: Array<{ type: string; url: string; enabled: boolean; httpAuthHeaderAvailable: boolean }> };

function vcs(token?: string) {
  const headers: Record<string, string> = token === undefined ? {} : { Authorization: token };
  const payload = { eventId: randomUUID(), sessionId: `settings-${randomUUID()}`, callStatus: 'CALL_DISCONNECTED', callDirection: 'INBOUND' };
  return { data: { namespace: 'VOICE', eventType: 'CALL_STATUS', description: 'Status update of a call', payload }, headers };
}

async function json<T>(response: Awaited<ReturnType<APIRequestContext['get']>>, status = 200): Promise<T> {
  const text = await response.text();
  expect(response.status(), text).toBe(status);
  return JSON.parse(text) as T;
}

test.describe('8x8 credentials', () => {
  test('are saved (the key encrypted, never returned) and removed, back to the sandbox', async ({ request }) => {
    const apiKey = `key-${randomUUID()}`;
    const saved = await request.put('/api/settings/voice', { data: { subAccountId: 'Acme_voice-1', apiKey } });
    try {
      const savedText = await saved.text();
      expect(saved.status(), savedText).toBe(200);
      expect(savedText).not.toContain(apiKey);
      const statusText = await (await request.get('/api/settings')).text();
      expect(statusText).not.toContain(apiKey);
      expect(JSON.parse(statusText)).toMatchObject({ mode: 'live', source: 'stored', subAccountId: 'Acme_voice-1', stored: { apiKeySaved: true } });
    } finally {
      const removed = await json<Status>(await request.delete('/api/settings/voice'));
      expect(removed).toMatchObject({ mode: 'sandbox', source: 'sandbox', stored: { subAccountId: null, apiKeySaved: false } });
    }
    expect(await json<Status>(await request.get('/api/settings'))).toMatchObject({ mode: 'sandbox', subAccountId: 'sandbox' });
  });

  test('are validated with messages naming the field', async ({ request }) => {
    const bad = await json<{ error: string }>(await request.put('/api/settings/voice', { data: { subAccountId: 'a b', apiKey: '' } }), 422);
    expect(bad.error).toMatch(/subAccountId: .*3–50/);
    expect(bad.error).toMatch(/apiKey/);
    expect((await json<Status>(await request.get('/api/settings'))).mode).toBe('sandbox');
  });
});

test('register webhooks in sandbox mode: VCA, VSS and VCS with a token; the new token, the env token work, others get 401', async ({ request, baseURL }) => {
  const registered = await json<{ mode: string; webhooks: Listed['webhooks'] }>(await request.post('/api/settings/webhooks'));
  expect(registered.mode).toBe('sandbox');
  expect(JSON.stringify(registered)).not.toMatch(/httpAuthHeader"/);

  const listed = await json<Listed>(await request.get(sandboxWebhooks, { headers: sandboxAuth }));
  for (const type of ['VCA', 'VSS', 'VCS']) {
    expect(listed.webhooks).toContainEqual({ type, url: `${baseURL}/api/webhooks/8x8/${type.toLowerCase()}`, enabled: true, httpAuthHeaderAvailable: true });
  }
  expect(listed).toMatchObject({ subAccountId: 'sandbox', statusCode: 0, statusMessage: 'ok' });
  expect(listed.count).toBe(listed.webhooks.length);

  // The sandbox delivers with the registered header (the new token, which nobody outside the server knows).
  const delivery = await json<{ url: string; httpStatus: number; accepted: boolean }>(await request.post('/api/settings/test-webhook'));
  expect(delivery).toMatchObject({ url: `${baseURL}/api/webhooks/8x8/vcs`, httpStatus: 200, accepted: true });

  for (const token of [undefined, 'wrong-token', `${testServer.webhookToken}x`]) {
    const refused = await json<{ error: string }>(await request.post('/api/webhooks/8x8/vcs', vcs(token)), 401);
    expect(refused.error).toMatch(/Authorization header does not match the webhook token/);
  }
  await json(await request.post('/api/webhooks/8x8/vcs', vcs(authHeader.Authorization)));
});

test('GET /api/settings/webhooks lists what the sandbox holds; one type can be deleted', async ({ request, baseURL }) => {
  // VRU: a type the app does not register, so parallel tests keep their VCA/VSS/VCS.
  const url = `${baseURL}/api/webhooks/8x8/vru-test`;
  await json(await request.post(sandboxWebhooks, { headers: sandboxAuth, data: { type: 'VRU', url, httpAuthHeader: 'x' } }));
  const listed = await json<{ webhooks: Listed['webhooks'] }>(await request.get('/api/settings/webhooks'));
  expect(listed.webhooks).toContainEqual({ type: 'VRU', url, enabled: true, httpAuthHeaderAvailable: true });

  const after = await json<{ webhooks: Listed['webhooks'] }>(await request.delete('/api/settings/webhooks/VRU'));
  expect(after.webhooks.map((w) => w.type)).not.toContain('VRU');
  expect((await json<{ error: string }>(await request.delete('/api/settings/webhooks/VRU'), 404)).error).toMatch(/No VRU webhook/);
  expect((await json<{ error: string }>(await request.delete('/api/settings/webhooks/XYZ'), 422)).error).toMatch(/type/);
});

test('the sandbox Webhooks API checks the key and the subaccount, and answers in 8x8’s shapes', async ({ request, baseURL }) => {
  const noKey = await json<{ statusMessage: string }>(await request.get(sandboxWebhooks), 401);
  expect(noKey.statusMessage).toBe('Authentication header not found or token invalid');
  const other = await json<{ statusMessage: string }>(
    await request.get('/sandbox/api/v1/subaccounts/someone-else/webhooks', { headers: sandboxAuth }),
    404,
  );
  expect(other.statusMessage).toBe('SubAccount not found by Id : someone-else');
  await json(await request.delete(`${sandboxWebhooks}/VCA`), 401);

  const invalid = await json<{ statusCode: string; statusMessage: string; errorId: string }>(
    await request.post(sandboxWebhooks, { headers: sandboxAuth, data: { type: 'NOPE', url: 'not a url' } }),
    422,
  );
  expect(invalid).toMatchObject({ statusCode: '1001' });
  const notJson = await request.post(sandboxWebhooks, { headers: { ...sandboxAuth, 'Content-Type': 'application/json' }, data: Buffer.from('{') });
  expect((await json<{ statusMessage: string }>(notJson, 422)).statusMessage).toBe('Invalid JSON request body');

  const url = `${baseURL}/api/webhooks/8x8/vnu`;
  await json(await request.post(sandboxWebhooks, { headers: sandboxAuth, data: { type: 'VNU', url, enabled: false } }));
  const deleted = await json<Record<string, unknown>>(await request.delete(`${sandboxWebhooks}/VNU`, { headers: sandboxAuth }));
  expect(deleted).toEqual({ subAccountId: 'sandbox', type: 'VNU', url, enabled: false, httpAuthHeaderAvailable: false, statusCode: 0, statusMessage: 'deleted' });
  await json(await request.delete(`${sandboxWebhooks}/VNU`, { headers: sandboxAuth }), 404);
});

test('Test connection asks the sandbox for voices and numbers', async ({ request }) => {
  const result = await json<{ mode: string; ok: boolean; speechProfiles: { ok: boolean; count: number }; numbers: { ok: boolean; count: number } }>(
    await request.post('/api/settings/test-connection'),
  );
  expect(result).toMatchObject({ mode: 'sandbox', ok: true, speechProfiles: { ok: true }, numbers: { ok: true } });
  expect(result.speechProfiles.count).toBeGreaterThan(0);
  expect(result.numbers.count).toBeGreaterThan(0);
});
