import { expect, test } from '@playwright/test';
import { appEndpoints, type AppEndpoint } from '@/lib/testing/app-routes';
import { testServer } from '../support/test-server';

// Every page and route handler under app/ is knocked on by a stranger — with no cookie, and
// with a forged session cookie that gets past proxy.ts's hint — and must refuse. A route
// added without protection fails here. The few open ones are listed with what they answer.

test.use({ storageState: { cookies: [], origins: [] } });

/** Open by design, each still refusing what a stranger can send it. */
const open: Record<string, { reason: string; status: number[] }> = {
  'GET /api/health': { reason: 'load balancers; says only ok/unavailable and the database kind', status: [200] },
  'POST /api/webhooks/8x8/vca': { reason: "8x8's webhooks: the webhook token", status: [401] },
  'POST /api/webhooks/8x8/vcs': { reason: "8x8's webhooks: the webhook token", status: [401] },
  'POST /api/webhooks/8x8/vss': { reason: "8x8's webhooks: the webhook token", status: [401] },
  'POST /api/ping': { reason: "the benchmark's empty webhook: the webhook token", status: [401] },
  'GET /api/auth/x': { reason: 'Better Auth: sign-in, sign-out, single sign-on', status: [404] },
  'POST /api/auth/x': { reason: 'Better Auth: sign-in, sign-out, single sign-on', status: [404] },
  'POST /api/setup': { reason: 'the first admin, with the one-time setup token only', status: [403, 422] },
  'POST /api/invites/accept': { reason: "an invitation's token only", status: [403, 422] },
  'GET /prompts/x': { reason: "the prompt library's files, fetched by 8x8: only a stored recording's <sha256>.<ext> (e2e/api/prompts.spec.ts)", status: [404] },
  'HEAD /prompts/x': { reason: "the prompt library's files, fetched by 8x8: only a stored recording's <sha256>.<ext> (e2e/api/prompts.spec.ts)", status: [404] },
  'GET /sign-in': { reason: 'the sign-in page', status: [200] },
  'GET /setup': { reason: 'the first-run page (refuses without the token)', status: [200] },
  'GET /invite/x': { reason: 'the invitation page (refuses without a valid token)', status: [200] },
};

const endpoints = appEndpoints();

test('the walk finds the app', () => {
  expect(endpoints.filter((e) => e.kind === 'route').length).toBeGreaterThan(40);
  expect(endpoints.filter((e) => e.kind === 'page').length).toBeGreaterThan(8);
  for (const endpoint of endpoints) expect(endpoint.methods.length, `${endpoint.file} exports no handler`).toBeGreaterThan(0);
});

for (const endpoint of endpoints) {
  for (const method of endpoint.methods) {
    const key = `${method} ${endpoint.url}`;
    test(`a stranger is refused: ${key} (${endpoint.file})`, async ({ request }) => {
      for (const cookie of [undefined, 'ivr.session_token=forged.signature']) {
        const response = await knock(request, endpoint, method, cookie);
        const status = response.status();
        const expected = open[key];
        if (expected) {
          expect(expected.status, `${key} (${expected.reason}) answered ${status}`).toContain(status);
          continue;
        }
        if (endpoint.kind === 'page') {
          expect(status, `${key} answered ${status} to a stranger`).toBe(307);
          expect(response.headers().location ?? '').toMatch(/\/sign-in\?next=/);
        } else if (endpoint.url.startsWith('/sandbox/api/v1/')) {
          // The 8x8 stand-in: 8x8's own bearer key, or off (404) when real credentials are set.
          expect([401, 404], `${key} answered ${status}`).toContain(status);
        } else {
          expect(status, `${key} answered ${status} to a stranger`).toBe(401);
        }
      }
    });
  }
}

async function knock(request: import('@playwright/test').APIRequestContext, endpoint: AppEndpoint, method: string, cookie?: string) {
  const headers: Record<string, string> = { Origin: testServer.baseUrl, ...(cookie && { Cookie: cookie }) };
  const withBody = method !== 'GET' && method !== 'HEAD';
  return request.fetch(endpoint.url, {
    method,
    headers: withBody ? { ...headers, 'Content-Type': 'application/json' } : headers,
    ...(withBody && { data: '{}' }),
    maxRedirects: 0,
  });
}
