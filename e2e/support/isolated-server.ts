import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { request, type APIRequestContext } from '@playwright/test';
import { createScratchDatabase } from '../../scripts/lib/scratch-database';
import { testServer } from './test-server';

// A server on a database (and DATA_DIR, so a secrets key) of its own, for a test that
// needs settings the shared server must not have: real 8x8 credentials, no webhook
// token, a stored secret sealed with another key… Run with startSecondServer(port,
// { env: { ...database.env, … } }); drop() after stopping it.

export type IsolatedDatabase = { env: Record<string, string>; drop: () => Promise<void> };

export async function isolatedDatabase(): Promise<IsolatedDatabase> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'ivr-isolated-'));
  const removeDir = () => rmSync(dataDir, { recursive: true, force: true });
  // The admin the suites sign in as, made on the empty database; no webhook token unless the test sets one.
  const base = { DATA_DIR: dataDir, ADMIN_EMAIL: testServer.admin.email, ADMIN_PASSWORD: testServer.admin.password, WEBHOOK_AUTH_TOKEN: '' };
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) return { env: { ...base, DATABASE_URL: '' }, drop: async () => removeDir() };
  const scratch = await createScratchDatabase(serverUrl, 'ivr_isolated');
  return {
    env: { ...base, DATABASE_URL: scratch.url },
    drop: async () => {
      await scratch.drop();
      removeDir();
    },
  };
}

/** An API client signed in as the admin on `baseUrl`, sending Origin as the suites' clients do. */
export async function signedInAdmin(baseUrl: string): Promise<APIRequestContext> {
  const context = await request.newContext({ baseURL: baseUrl, extraHTTPHeaders: { Origin: baseUrl } });
  const response = await context.post('/api/auth/sign-in/email', { data: testServer.admin });
  if (!response.ok()) throw new Error(`Signing in on ${baseUrl} failed: HTTP ${response.status()} ${await response.text()}`);
  return context;
}
