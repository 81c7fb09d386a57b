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

/** Signed-in browser state per role, written by e2e/support/global-setup.ts. */
export function storageStatePath(role: string): string {
  return path.resolve(process.env.PW_OUTPUT_DIR ?? 'test-results', '.auth', `${role}.json`);
}
