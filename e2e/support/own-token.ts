import { randomUUID } from 'node:crypto';
import { expect, type APIRequestContext } from '@playwright/test';

/**
 * Headers that authenticate as an API token of the test's own, made by the admin through the
 * tokens API, so per-actor limits the test exhausts do not touch the admin session every
 * other test shares.
 */
export async function ownActorHeaders(request: APIRequestContext, role = 'admin'): Promise<Record<string, string>> {
  const created = await request.post('/api/tokens', { data: { name: `e2e ${randomUUID().slice(0, 8)}`, role } });
  expect(created.status(), await created.text()).toBe(201);
  const { token } = (await created.json()) as { token: string };
  return { Authorization: `Bearer ${token}` };
}
