import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { useTestDb } from '@/lib/testing/mock-db';
import { openTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { acceptInvite } from './accept-invite';
import { findInvite } from './find-invite';
import { hashInviteToken, newInviteToken } from './invite-token';

vi.mock('@/lib/db', async () => (await import('@/lib/testing/mock-db')).mockDbModule);

// When an invitation link stops working, and what its page then says.

let database: TestDatabase;
const made = new Date('2026-04-01T12:00:00Z');
const day = 86_400_000;

beforeAll(async () => {
  database = await openTestDatabase();
  useTestDb(database.db);
}, 60_000);

afterAll(async () => {
  await database.close();
});

async function storedInvite(fields: { acceptedAt?: Date } = {}): Promise<string> {
  const token = newInviteToken();
  await database.db.userInvite.create({
    data: { tokenHash: hashInviteToken(token), email: `${token.slice(0, 8).toLowerCase()}@example.test`, role: 'editor', invitedBy: 'admin@example.test', expiresAt: new Date(made.getTime() + 7 * day), ...fields },
  });
  return token;
}

describe('an invitation', () => {
  it('is open until it expires, to the millisecond', async () => {
    const token = await storedInvite();
    expect(await findInvite(token, new Date(made.getTime() + 7 * day - 1))).toMatchObject({ state: 'open', role: 'editor' });
    expect(await findInvite(token, new Date(made.getTime() + 7 * day))).toEqual({ state: 'expired' });
  });

  it('cannot be accepted once expired', async () => {
    const token = await storedInvite();
    const input = { token, name: 'Late', password: 'late-password-1' };
    await expect(acceptInvite(input, null, new Date(made.getTime() + 8 * day))).rejects.toMatchObject({ status: 403, message: /expired/ });
    expect(await database.db.user.count()).toBe(0);
  });

  it('says when it was used, and knows no unknown or oversized token', async () => {
    expect(await findInvite(await storedInvite({ acceptedAt: made }), made)).toEqual({ state: 'used' });
    expect(await findInvite(newInviteToken(), made)).toEqual({ state: 'unknown' });
    expect(await findInvite('x'.repeat(201), made)).toEqual({ state: 'unknown' });
  });
});
