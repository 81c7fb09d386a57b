import { expect, test } from '@playwright/test';

test('health names the database in use', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { status: string; database: string };
  expect(body.status).toBe('ok');
  expect(body.database).toBe(process.env.DATABASE_URL ? 'postgres' : 'embedded');
});
