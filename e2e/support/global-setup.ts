import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { request, type APIRequestContext } from '@playwright/test';
import { startOidcIdp } from './oidc-idp';
import { roleUsers, storageStatePath, testServer, type TestRole } from './test-server';

// Signs in once per role through the API and stores the cookies, as the suites' users: each
// test starts signed in as the admin (or the role its spec asks for); only the sign-in
// form's own tests use the form. The admin exists from ADMIN_EMAIL; the other roles are
// invited by the admin and accept their invitation, as people do. The OpenID Connect provider
// the server is configured with (playwright.config.ts) runs here, in the runner, for the whole
// run: the returned function stops it.
export default async function globalSetup(): Promise<() => Promise<void>> {
  const idp = await startOidcIdp();
  try {
    await signInEveryRole();
  } catch (error) {
    await idp.close();
    throw error;
  }
  return idp.close;
}

async function signInEveryRole(): Promise<void> {
  const admin = await signIn('admin', testServer.admin);
  for (const role of Object.keys(roleUsers) as Exclude<TestRole, 'admin'>[]) {
    const user = roleUsers[role];
    const invite = await admin.post('/api/invites', { data: { email: user.email, role } });
    if (invite.status() !== 201) throw new Error(`Inviting the e2e ${role} failed: HTTP ${invite.status()} ${await invite.text()}`);
    const token = ((await invite.json()) as { url: string }).url.split('/').pop();
    const accepted = await admin.post('/api/invites/accept', { data: { token, name: `E2E ${role}`, password: user.password } });
    if (accepted.status() !== 201) throw new Error(`Accepting the e2e ${role}'s invitation failed: HTTP ${accepted.status()} ${await accepted.text()}`);
    await (await signIn(role, user)).dispose();
  }
  await admin.dispose();
}

async function signIn(role: TestRole, user: { email: string; password: string }): Promise<APIRequestContext> {
  const file = storageStatePath(role);
  mkdirSync(path.dirname(file), { recursive: true });
  const context = await request.newContext({ baseURL: testServer.baseUrl, extraHTTPHeaders: { Origin: testServer.baseUrl } });
  const response = await context.post('/api/auth/sign-in/email', { data: user });
  if (!response.ok()) throw new Error(`Signing in the e2e ${role} failed: HTTP ${response.status()} ${await response.text()}`);
  await context.storageState({ path: file });
  return context;
}
