import { randomUUID } from 'node:crypto';
import type { APIRequestContext } from '@playwright/test';
import pg from 'pg';
import { hashApiToken, newApiTokenSecret } from '@/lib/server/tokens/api-token-secret';
import { cookieHeader } from './raw-http';

/**
 * Headers that authenticate as an API token of the test's own, so per-actor limits it
 * exhausts do not touch the admin session every other test shares. Stored straight into
 * the database the server uses (PostgreSQL); on the embedded database, which only the
 * server process can open, the admin's session is used instead.
 */
export async function ownActorHeaders(request: APIRequestContext, role = 'admin'): Promise<Record<string, string>> {
  const url = process.env.DATABASE_URL;
  if (!url) return { Cookie: await cookieHeader(request) };
  const token = newApiTokenSecret();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('INSERT INTO api_token (id, name, role, token_hash, prefix, created_by) VALUES ($1, $2, $3, $4, $5, $6)', [
      randomUUID(),
      `e2e ${randomUUID().slice(0, 8)}`,
      role,
      hashApiToken(token),
      token.slice(0, 8),
      'e2e',
    ]);
  } finally {
    await client.end();
  }
  return { Authorization: `Bearer ${token}` };
}
