import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { request } from '@playwright/test';
import { storageStatePath, testServer } from './test-server';

// Signs in once through the API and stores the cookie, as the suites' users: each test starts
// signed in (the sign-in form's own tests use the form).
export default async function globalSetup(): Promise<void> {
  const file = storageStatePath('admin');
  mkdirSync(path.dirname(file), { recursive: true });
  const context = await request.newContext({ baseURL: testServer.baseUrl, extraHTTPHeaders: { Origin: testServer.baseUrl } });
  const response = await context.post('/api/auth/sign-in/email', { data: testServer.admin });
  if (!response.ok()) throw new Error(`Signing in the e2e admin failed: HTTP ${response.status()} ${await response.text()}`);
  await context.storageState({ path: file });
  await context.dispose();
}
