import { expect, test } from '@playwright/test';

// The sandbox's 8x8 REST stand-ins: speech profiles and numbers, with bearer auth.

const base = '/sandbox/api/v1/subaccounts/sandbox';
const auth = { Authorization: 'Bearer sandbox-key' };

test('speech profiles and numbers answer in 8x8’s shapes', async ({ request }) => {
  const profiles = await request.get(`${base}/speech-profiles`, { headers: auth });
  expect(profiles.status()).toBe(200);
  const body = (await profiles.json()) as { speechProfiles: Array<{ speechProfileCode: string }> };
  expect(body.speechProfiles.map((p) => p.speechProfileCode)).toContain('en-US-BenjaminRUS');
  const numbers = await request.get(`${base}/numbers`, { headers: auth });
  expect(numbers.status()).toBe(200);
  expect(await numbers.json()).toMatchObject({ totalNumbers: 2, numbers: [{ msisdn: '+6568332048' }, { msisdn: '+6561115777' }] });
});

test('a wrong key is 401 and an unknown subaccount 404, as Send Callflow answers', async ({ request }) => {
  for (const path of ['speech-profiles', 'numbers']) {
    const refused = await request.get(`${base}/${path}`, { headers: { Authorization: 'Bearer wrong' } });
    expect(refused.status()).toBe(401);
    expect(await refused.json()).toMatchObject({ sessionStatus: 'NOT_CREATED', statusCode: 401, statusMessage: 'Authentication header not found or token invalid' });
    const unknown = await request.get(`/sandbox/api/v1/subaccounts/other/${path}`, { headers: auth });
    expect(unknown.status()).toBe(404);
  }
});
