import { expect, test } from '@playwright/test';

test('health names the database in use', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { status: string; database: string; journal: unknown };
  expect(body.status).toBe('ok');
  expect(body.journal).toEqual({ waiting: 0, bytes: 0, oldestAt: null, failed: 0 });
  expect(body.database).toBe(process.env.DATABASE_URL ? 'postgres' : 'embedded');
});

test('health says only whether the database answers and what waits in the webhook journal, never where it is', async ({ request }) => {
  const response = await request.get('/api/health');
  const text = await response.text();
  expect(Object.keys(JSON.parse(text) as object).sort()).toEqual(['database', 'journal', 'status']);
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    // Where the database is: its host and its name (the scratch database's is unique to this run).
    for (const where of [url.hostname, url.pathname.slice(1)].filter(Boolean)) expect(text).not.toContain(where);
  }
});
