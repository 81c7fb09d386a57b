import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { AppError } from '@/lib/http/app-error';
import { useTestDb } from '@/lib/testing/mock-db';
import { openTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { updateUser, updateUserInput } from './update-user';

vi.mock('@/lib/db', async () => (await import('@/lib/testing/mock-db')).mockDbModule);

let database: TestDatabase;
let db: PrismaClient;
const actor: Actor = { type: 'user', id: 'acting-admin', label: 'acting@example.test', name: 'Acting', role: 'admin' };

beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
  useTestDb(db);
}, 60_000);

afterAll(async () => {
  await database.close();
});

beforeEach(async () => {
  await db.authSession.deleteMany();
  await db.user.deleteMany();
});

async function user(role: string, active = true): Promise<string> {
  const id = randomUUID();
  await db.user.create({ data: { id, name: role, email: `${id}@example.test`, role, active } });
  return id;
}

async function session(userId: string): Promise<void> {
  await db.authSession.create({ data: { id: randomUUID(), token: randomUUID(), userId, expiresAt: new Date(Date.now() + 3_600_000) } });
}

const activeAdmins = () => db.user.count({ where: { role: 'admin', active: true } });

function conflictOf(result: PromiseSettledResult<unknown>): string | null {
  if (result.status === 'fulfilled') return null;
  const error: unknown = result.reason;
  if (!(error instanceof AppError)) throw error;
  expect(error.status).toBe(409);
  return error.message;
}

describe('updateUser', () => {
  it('changes a role and reactivates, and says what it was before', async () => {
    const id = await user('viewer', false);
    expect(await updateUser(actor, id, { role: 'editor', active: true })).toMatchObject({
      before: { role: 'viewer', active: false },
      after: { role: 'editor', active: true },
    });
    expect(await db.user.findUniqueOrThrow({ where: { id }, select: { role: true, active: true } })).toEqual({ role: 'editor', active: true });
  });

  it('deactivating deletes every session of that user, and only theirs', async () => {
    const [leaving, staying] = [await user('editor'), await user('editor')];
    await session(leaving);
    await session(leaving);
    await session(staying);
    await updateUser(actor, leaving, { active: false });
    expect(await db.authSession.count({ where: { userId: leaving } })).toBe(0);
    expect(await db.authSession.count({ where: { userId: staying } })).toBe(1);
  });

  it('refuses to demote or deactivate the last active admin (409), but lets one of two go', async () => {
    const [first, second] = [await user('admin'), await user('admin')];
    await user('admin', false);
    await updateUser(actor, second, { role: 'viewer' });
    await expect(updateUser(actor, first, { role: 'publisher' })).rejects.toMatchObject({ status: 409, message: /last active admin and cannot be demoted/ });
    await expect(updateUser(actor, first, { active: false })).rejects.toMatchObject({ status: 409, message: /cannot be deactivated/ });
    // A change that keeps them an active admin is fine.
    await updateUser(actor, first, { role: 'admin', active: true });
    expect(await activeAdmins()).toBe(1);
  });

  it('keeps one admin when two admins are removed at the same moment', async () => {
    for (let round = 0; round < 5; round += 1) {
      await db.user.deleteMany();
      const [a, b] = [await user('admin'), await user('admin')];
      // Hold the admins' row locks while both changes start, so they truly meet at the lock.
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      let locked = () => {};
      const isLocked = new Promise<void>((resolve) => (locked = resolve));
      const blocker = db.$transaction(
        async (tx) => {
          await tx.$queryRaw`SELECT id FROM app_user WHERE role = 'admin' AND active ORDER BY id FOR UPDATE`;
          locked();
          await held;
        },
        { timeout: 20_000 },
      );
      await isLocked;
      const changes = Promise.allSettled([updateUser(actor, a, { role: 'viewer' }), updateUser(actor, b, { active: false })]);
      if (database.kind === 'postgres') await waitForLockWaiters(2);
      release();
      await blocker;
      const results = await changes;
      expect(results.map(conflictOf).filter((message) => message !== null)).toHaveLength(1);
      expect(await activeAdmins()).toBe(1);
    }
  }, 60_000);

  it('answers 404 for an unknown user', async () => {
    await expect(updateUser(actor, 'nobody', { active: true })).rejects.toMatchObject({ status: 404 });
  });

  it('does not let a lesser role give a role above its own', async () => {
    const id = await user('viewer');
    const publisher: Actor = { ...actor, role: 'publisher' };
    await expect(updateUser(publisher, id, { role: 'admin' })).rejects.toMatchObject({ status: 403 });
  });
});

describe('updateUserInput', () => {
  it('needs role or active, and nothing else', () => {
    expect(updateUserInput.safeParse({}).success).toBe(false);
    expect(updateUserInput.safeParse({ role: 'owner' }).success).toBe(false);
    expect(updateUserInput.safeParse({ active: 'no' }).success).toBe(false);
    expect(updateUserInput.safeParse({ role: 'admin', email: 'x@y.z' }).success).toBe(false);
    expect(updateUserInput.parse({ active: false })).toEqual({ active: false });
  });
});

/** Until `count` other connections wait for a lock (PostgreSQL's own view of it, no sleeping on a guess). */
async function waitForLockWaiters(count: number): Promise<void> {
  await expect
    .poll(async () => {
      const [row] = await database.observe<{ waiting: number }>(
        "SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
      );
      return row?.waiting ?? 0;
    }, { timeout: 10_000, interval: 10 })
    .toBe(count);
}
