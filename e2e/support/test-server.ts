import path from 'node:path';

// Where the server under test listens, the webhook token it enforces, and who signs in.
const port = Number(process.env.E2E_PORT ?? 3210);

export const testServer = {
  port,
  baseUrl: `http://127.0.0.1:${port}`,
  webhookToken: 'e2e-webhook-token',
  /** The first admin, created by the server from ADMIN_EMAIL/ADMIN_PASSWORD on its empty database. */
  admin: { email: 'admin@e2e.test', password: 'e2e-admin-password-1' },
};

/**
 * The OpenID Connect provider the e2e server signs in with (e2e/support/oidc-idp.ts, started by
 * global setup on 127.0.0.1): the port after the second server's.
 */
export const testIdp = {
  issuer: `http://127.0.0.1:${port + 2}`,
  port: port + 2,
  clientId: 'ivr-studio-e2e',
  clientSecret: 'e2e-oidc-client-secret-not-for-production',
  name: 'Test IdP',
};

export type TestRole = 'viewer' | 'editor' | 'publisher' | 'admin';

/** One user per lesser role, invited by the admin in global setup. */
export const roleUsers: Record<Exclude<TestRole, 'admin'>, { email: string; password: string }> = {
  viewer: { email: 'viewer@e2e.test', password: 'e2e-viewer-password-1' },
  editor: { email: 'editor@e2e.test', password: 'e2e-editor-password-1' },
  publisher: { email: 'publisher@e2e.test', password: 'e2e-publisher-password-1' },
};

/** Signed-in browser state per role, written by e2e/support/global-setup.ts. */
export function storageStatePath(role: TestRole): string {
  return path.resolve(process.env.PW_OUTPUT_DIR ?? 'test-results', '.auth', `${role}.json`);
}
