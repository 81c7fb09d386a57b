import { expect, request, type APIRequestContext } from '@playwright/test';
import type { Role } from '@/lib/auth/permissions';
import { storageStatePath, testServer } from './test-server';

// People for the sign-in specs, made through the API as an admin makes them. Those specs run
// as strangers, so they borrow the admin's stored session in a context of their own.

/** The admin's API, sending Origin as a browser does (cookie-authenticated changes need it). */
export function adminApi(): Promise<APIRequestContext> {
  return request.newContext({ baseURL: testServer.baseUrl, storageState: storageStatePath('admin'), extraHTTPHeaders: { Origin: testServer.baseUrl } });
}

/** Invites an address with a role; answers the invitation token. */
export async function invite(admin: APIRequestContext, email: string, role: Role): Promise<string> {
  const response = await admin.post('/api/invites', { data: { email, role } });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { url: string }).url.split('/').pop()!;
}

/** A user who signs in with a password, invited and accepted as people do. */
export async function passwordUser(admin: APIRequestContext, email: string, role: Role, password: string): Promise<void> {
  const token = await invite(admin, email, role);
  const accepted = await admin.post('/api/invites/accept', { data: { token, name: email.split('@')[0], password } });
  expect(accepted.status(), await accepted.text()).toBe(201);
}
