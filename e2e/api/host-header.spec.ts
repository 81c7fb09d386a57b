import { expect, test } from '@playwright/test';

// The attack from issue 9: with a forged X-Forwarded-Host (or Host), registering the
// webhooks used to register them — and the fresh token — at the attacker's address.
// The shared server runs in sandbox mode without APP_BASE_URL or TRUST_PROXY: the URLs
// must be the app's own. (With TRUST_PROXY=1: e2e/api/sandbox-mode-security.spec.ts.)

const attacks: Array<Record<string, string>> = [
  { 'X-Forwarded-Host': 'attacker.example', 'X-Forwarded-Proto': 'https' },
  { Host: 'attacker.example' },
  { Host: 'attacker.example', 'X-Forwarded-Host': 'attacker.example' },
];

test('a forged Host or X-Forwarded-Host does not choose where webhooks are registered', async ({ request, baseURL }) => {
  for (const headers of attacks) {
    const registered = await request.post('/api/settings/webhooks', { headers });
    const text = await registered.text();
    expect(registered.status(), text).toBe(200);
    const { webhooks } = JSON.parse(text) as { webhooks: Array<{ type: string; url: string }> };
    for (const type of ['VCA', 'VSS', 'VCS']) {
      expect(webhooks).toContainEqual(expect.objectContaining({ type, url: `${baseURL}/api/webhooks/8x8/${type.toLowerCase()}` }));
    }
    expect(text).not.toContain('attacker.example');
  }
  const status = (await (await request.get('/api/settings', { headers: attacks[0] })).json()) as { webhookBaseUrl: string };
  expect(status.webhookBaseUrl).toBe(baseURL);
});
