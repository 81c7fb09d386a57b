import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { useTestDb } from '@/lib/testing/mock-db';
import { openTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { applyStepEffects } from './apply-step-effects';

vi.mock('@/lib/db', async () => (await import('@/lib/testing/mock-db')).mockDbModule);

let database: TestDatabase;
let db: PrismaClient;

beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
  useTestDb(db);
}, 60_000);

afterAll(() => database.close());

describe('applyStepEffects', () => {
  it('lists an opted-out caller with the call, once however often it is applied (a replayed journal entry)', async () => {
    await applyStepEffects([{ kind: 'optOut', number: '+6561000070' }], 'session-70');
    await applyStepEffects([{ kind: 'optOut', number: '6561000070' }], 'session-71');
    const rows = await db.doNotCall.findMany({ where: { number: '+6561000070' }, select: { number: true, source: true, sessionId: true } });
    expect(rows).toEqual([{ number: '+6561000070', source: 'opt_out', sessionId: 'session-70' }]);
    expect(await db.auditEntry.count({ where: { action: 'dnc.opt_out', targetId: '+6561000070' } })).toBe(1);
  });

  it('logs a number that cannot be listed instead of failing the call, and applies the rest', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await applyStepEffects([{ kind: 'optOut', number: 'anonymous' }, { kind: 'optOut', number: '+6561000071' }], 'session-72');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('[opt-out] session session-72'));
    expect(await db.doNotCall.count({ where: { number: '+6561000071' } })).toBe(1);
    warn.mockRestore();
  });

  it('does nothing without effects', async () => {
    const before = await db.doNotCall.count();
    await applyStepEffects([], 'session-73');
    expect(await db.doNotCall.count()).toBe(before);
  });
});
