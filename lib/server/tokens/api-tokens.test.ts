import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { useTestDb } from '@/lib/testing/mock-db';
import { openTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { hashApiToken } from './api-token-secret';
import { createApiToken, createApiTokenInput } from './create-api-token';
import { listApiTokens } from './list-api-tokens';
import { revokeApiToken } from './revoke-api-token';
import { verifyApiToken } from './verify-api-token';

vi.mock('@/lib/db', async () => (await import('@/lib/testing/mock-db')).mockDbModule);

// API tokens on a real database: what is stored, and when a token stops working.

let database: TestDatabase;
let db: PrismaClient;
const admin: Actor = { type: 'user', id: 'u1', label: 'admin@example.test', name: 'Admin', role: 'admin' };
const day = 86_400_000;

beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
  useTestDb(db);
}, 60_000);

afterAll(async () => {
  await database.close();
});

describe('createApiToken', () => {
  it('stores the SHA-256 and a short prefix, never the token', async () => {
    const created = await createApiToken(admin, { name: 'CI', role: 'viewer' });
    expect(created.token).toMatch(/^ivr_[\w-]{43}$/);
    expect(created.prefix).toBe(created.token.slice(0, 12));
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.tokenHash).toBe(hashApiToken(created.token));
    expect(JSON.stringify(row)).not.toContain(created.token.slice(12));
    expect(row).toMatchObject({ name: 'CI', role: 'viewer', createdBy: 'admin@example.test', expiresAt: null, revokedAt: null });
  });

  it('sets the expiry from a number of days', async () => {
    const now = new Date('2026-03-01T00:00:00Z');
    const created = await createApiToken(admin, { name: 'month', role: 'editor', expiresInDays: 30 }, now);
    expect(created.expiresAt).toEqual(new Date(now.getTime() + 30 * day));
  });

  it('never gives a token a role above its maker', async () => {
    const editorToken: Actor = { type: 'token', id: 't1', label: 'deploy', role: 'editor' };
    await expect(createApiToken(editorToken, { name: 'up', role: 'publisher' })).rejects.toMatchObject({ status: 403 });
    expect((await createApiToken(editorToken, { name: 'same', role: 'editor' })).createdBy).toBe('token “deploy”');
  });

  it('validates its input with messages that say what to fix', () => {
    const problems = (input: unknown) => createApiTokenInput.safeParse(input).error?.issues.map((i) => i.message);
    expect(problems({ name: ' ', role: 'viewer' })).toEqual(['enter a name']);
    expect(problems({ name: 'x', role: 'viewer', expiresInDays: 0 })).toEqual(['at least 1 day']);
    expect(problems({ name: 'x', role: 'viewer', expiresInDays: 1.5 })).toEqual(['a whole number of days']);
    expect(problems({ name: 'x', role: 'root' })).toEqual(['role must be one of viewer, editor, publisher, admin']);
    expect(createApiTokenInput.safeParse({ name: 'x', role: 'viewer', tokenHash: 'mine' }).success).toBe(false);
  });
});

describe('verifyApiToken', () => {
  it('acts with the token’s role, and refuses an unknown or malformed token', async () => {
    const { token, id } = await createApiToken(admin, { name: 'reader', role: 'viewer' });
    expect(await verifyApiToken(token)).toEqual({ type: 'token', id, label: 'reader', role: 'viewer' });
    // One character changed (never to itself: a token ending in A would stay valid, 1 run in 64).
    expect(await verifyApiToken(`${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`)).toBeNull();
    expect(await verifyApiToken('not-ours')).toBeNull();
  });

  it('stops at the expiry, to the millisecond', async () => {
    const made = new Date('2026-03-01T00:00:00Z');
    const { token } = await createApiToken(admin, { name: 'short', role: 'viewer', expiresInDays: 1 }, made);
    expect(await verifyApiToken(token, new Date(made.getTime() + day - 1))).not.toBeNull();
    expect(await verifyApiToken(token, new Date(made.getTime() + day))).toBeNull();
    expect((await listApiTokens(new Date(made.getTime() + day))).tokens.find((t) => t.name === 'short')).toMatchObject({ expired: true });
  });

  it('stops as soon as the token is revoked; revoking again changes nothing', async () => {
    const { token, id } = await createApiToken(admin, { name: 'gone', role: 'admin' });
    expect(await verifyApiToken(token)).not.toBeNull();
    const first = await revokeApiToken(admin, id, new Date('2026-03-02T00:00:00Z'));
    expect(await verifyApiToken(token)).toBeNull();
    expect((await revokeApiToken(admin, id)).revokedAt).toEqual(first.revokedAt);
    await expect(revokeApiToken(admin, 'no-such-token')).rejects.toMatchObject({ status: 404 });
  });

  it('records the last use at most once a minute', async () => {
    const { token, id } = await createApiToken(admin, { name: 'busy', role: 'viewer' });
    const lastUse = async () => (await db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt;
    const t0 = new Date('2026-03-03T10:00:00Z');
    await verifyApiToken(token, t0);
    await verifyApiToken(token, new Date(t0.getTime() + 30_000));
    expect(await lastUse()).toEqual(t0);
    const later = new Date(t0.getTime() + 61_000);
    await verifyApiToken(token, later);
    expect(await lastUse()).toEqual(later);
  });
});
