import { expect, test } from '@playwright/test';
import { createFlow } from '../support/api';
import { cookieHeader, postEndlessChunked } from '../support/raw-http';

// Every body is counted in bytes while it streams and refused past 1 MiB (413), before
// the server buffers it: the attack is a body too large to hold, or one that never ends.

const oneMiB = 1024 * 1024;

test('a JSON string of a million "中" (3 MB, under a million characters) is refused with 413', async ({ request }) => {
  const body = JSON.stringify({ name: '中'.repeat(1_000_000) });
  expect(body.length).toBeLessThan(oneMiB);
  const response = await request.post('/api/flows', { headers: { 'Content-Type': 'application/json' }, data: Buffer.from(body) });
  expect(response.status()).toBe(413);
  expect(((await response.json()) as { error: string }).error).toMatch(/larger than 1 MiB: send at most 1048576 bytes/);
});

test('a chunked body without a length is cut off with 413 once past 1 MiB (it never ends on its own)', async ({ request }) => {
  const answer = await postEndlessChunked('/api/flows', { Cookie: await cookieHeader(request) });
  expect(answer.status, answer.body).toBe(413);
  expect(JSON.parse(answer.body)).toMatchObject({ code: 'payload_too_large' });
  expect(answer.sent).toBeGreaterThan(oneMiB);
  // Answered long before the client's own safety stop: the server did not wait for the end.
  expect(answer.sent).toBeLessThan(32 * oneMiB);
});

for (const path of ['/sandbox/api/v1/subaccounts/sandbox/callflows', '/sandbox/api/v1/subaccounts/sandbox/webhooks']) {
  test(`the sandbox's ${path.split('/').at(-1)} API, which reads its own body, cuts off an endless chunked body with 413 too`, async ({ request }) => {
    const answer = await postEndlessChunked(path, { Authorization: 'Bearer sandbox-key', Cookie: await cookieHeader(request) });
    expect(answer.status, answer.body).toBe(413);
    expect(answer.sent).toBeLessThan(32 * oneMiB);
  });
}

for (const action of ['publish', 'duplicate']) {
  test(`${action} reads its optional body once, under the same cap`, async ({ request }) => {
    const flowId = await createFlow(request, { template: 'simple-ivr' });
    const answer = await postEndlessChunked(`/api/flows/${flowId}/${action}`, { Cookie: await cookieHeader(request) });
    expect(answer.status, answer.body).toBe(413);
    // And without a body it still works.
    expect((await request.post(`/api/flows/${flowId}/${action}`)).status()).toBe(201);
  });
}
