import { randomUUID } from 'node:crypto';
import { expect, request as playwrightRequest, type APIRequestContext } from '@playwright/test';
import type { Role } from '@/lib/auth/permissions';
import { testServer } from './test-server';

// People made for a test, as the app makes them: an admin invites, the link's holder accepts.
// Sign-ins are rate-limited per client address (10 a minute, and every test comes from
// 127.0.0.1), so a spec signs someone in only when the test is about their session.

/** Sent by the app's own pages; a browser spec's `request` does not send it by itself. */
const sameSite = { Origin: testServer.baseUrl };

export type Member = { id: string; email: string; password: string; role: Role };

export function uniqueEmail(label = 'user'): string {
  return `${label}-${randomUUID().slice(0, 8)}@e2e.test`;
}

/** An invitation made by the admin behind `admin`: its id and the token from its link. */
export async function invite(admin: APIRequestContext, role: Role, email = uniqueEmail(role), expiresInDays?: number) {
  const response = await admin.post('/api/invites', { data: { email, role, ...(expiresInDays && { expiresInDays }) }, headers: sameSite });
  expect(response.status(), await response.text()).toBe(201);
  const created = (await response.json()) as { id: string; url: string };
  return { id: created.id, email, url: created.url, token: new URL(created.url).pathname.split('/').pop()! };
}

/** A new account with a role, through an invitation (nobody is signed in). */
export async function member(admin: APIRequestContext, role: Role): Promise<Member> {
  const { email, token } = await invite(admin, role);
  const password = `pw-${randomUUID()}`;
  const accepted = await admin.post('/api/invites/accept', { data: { token, name: `E2E ${email}`, password }, headers: sameSite });
  expect(accepted.status(), await accepted.text()).toBe(201);
  return { id: ((await accepted.json()) as { id: string }).id, email, password, role };
}

/** A request context with no cookie and no token: a stranger (or, with `headers`, a token's bearer). */
export function anonymousContext(headers: Record<string, string> = {}): Promise<APIRequestContext> {
  return playwrightRequest.newContext({ baseURL: testServer.baseUrl, storageState: { cookies: [], origins: [] }, extraHTTPHeaders: headers });
}

/** Signs in through the API, as a browser on this site would (it sends its Origin). */
export async function signIn(email: string, password: string): Promise<{ status: number; context: APIRequestContext }> {
  const context = await anonymousContext({ Origin: testServer.baseUrl });
  const response = await context.post('/api/auth/sign-in/email', { data: { email, password } });
  return { status: response.status(), context };
}
