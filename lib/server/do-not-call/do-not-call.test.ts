import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { addToDoNotCallInput, listDoNotCallQuery } from '@/lib/do-not-call/do-not-call-input';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { useTestDb } from '@/lib/testing/mock-db';
import { openTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { addOptOut } from './add-opt-out';
import { addToDoNotCall } from './add-to-do-not-call';
import { importDoNotCall } from './import-do-not-call';
import { isOnDoNotCallList } from './is-on-do-not-call-list';
import { listDoNotCall } from './list-do-not-call';
import { removeFromDoNotCall } from './remove-from-do-not-call';

// The one writer of do_not_call on a real PostgreSQL with the app's migrations: each change
// and its audit entry, the keep-the-first-entry rule, and the dialers' one-query check.

vi.mock('@/lib/db', async () => (await import('@/lib/testing/mock-db')).mockDbModule);

let database: TestDatabase;
let db: PrismaClient;
const alice: Actor & { ip: string } = { type: 'user', id: 'user-alice', label: 'alice@example.test', name: 'Alice', role: 'editor', ip: '192.0.2.1' };
const crm: Actor = { type: 'token', id: 'token-crm', label: 'CRM', role: 'editor' };

beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
  useTestDb(db);
  await db.user.create({ data: { id: alice.id, name: 'Alice', email: alice.label } });
}, 60_000);

afterAll(async () => {
  await database?.close();
});

const add = (number: string, reason?: string, actor: Actor = alice) => addToDoNotCall(actor, addToDoNotCallInput.parse({ number, reason }));
const auditOf = (action: string, targetId?: string) => db.auditEntry.findMany({ where: { action, ...(targetId && { targetId }) }, orderBy: { id: 'asc' } });

async function* csv(text: string) {
  yield new TextEncoder().encode(text);
}

describe('addToDoNotCall', () => {
  it('adds a number as E.164 with who and why, audited', async () => {
    const { added, entry } = await add('+65 6100 0001', 'asked on the phone');
    expect(added).toBe(true);
    expect(entry).toMatchObject({ number: '+6561000001', source: 'manual', reason: 'asked on the phone', addedBy: alice.id, addedByLabel: alice.label, sessionId: null });
    const [audit] = await auditOf('dnc.add', '+6561000001');
    expect(audit).toMatchObject({ actorId: alice.id, ip: alice.ip, targetType: 'number', summary: 'Added +6561000001 to the do-not-call list: “asked on the phone”' });
  });

  it('keeps the first entry when the number is added again, and records nothing', async () => {
    await add('+6561000002', 'first', crm);
    const again = await add('6561000002', 'second');
    expect(again).toMatchObject({ added: false, entry: { reason: 'first', addedBy: crm.id, addedByLabel: 'token-crm' } });
    expect(await auditOf('dnc.add', '+6561000002')).toHaveLength(1);
  });

  it('takes concurrent adds of one number without an error', async () => {
    const results = await Promise.all(Array.from({ length: 5 }, () => add('+6561000003')));
    expect(results.filter((r) => r.added)).toHaveLength(1);
    expect(await auditOf('dnc.add', '+6561000003')).toHaveLength(1);
  });
});

describe('addOptOut', () => {
  it('lists the caller with the call and no actor, audited as the app naming the call', async () => {
    expect(await addOptOut('6561000010', 'session-1')).toEqual({ outcome: 'added', number: '+6561000010' });
    expect(await db.doNotCall.findUnique({ where: { number: '+6561000010' } })).toMatchObject({ source: 'opt_out', addedBy: null, sessionId: 'session-1' });
    const [audit] = await auditOf('dnc.opt_out', '+6561000010');
    expect(audit).toMatchObject({ actorType: 'system', actorId: null, actorLabel: 'Opt out step', details: { sessionId: 'session-1' } });
    expect(audit?.summary).toContain('session-1');
  });

  it('keeps an earlier entry, and refuses a withheld number without throwing', async () => {
    await add('+6561000011', 'by hand');
    expect(await addOptOut('+6561000011', 'session-2')).toEqual({ outcome: 'already_listed', number: '+6561000011' });
    expect(await db.doNotCall.findUnique({ where: { number: '+6561000011' } })).toMatchObject({ source: 'manual' });
    expect(await addOptOut('anonymous', 'session-3')).toMatchObject({ outcome: 'invalid', problem: expect.stringContaining('anonymous') });
    expect(await auditOf('dnc.opt_out', '+6561000011')).toHaveLength(0);
  });

  it('joins the transaction it is given: rolled back with it', async () => {
    await expect(
      db.$transaction(async (tx) => {
        await addOptOut('+6561000012', 'session-4', tx);
        throw new Error('the step failed');
      }),
    ).rejects.toThrow('the step failed');
    expect(await isOnDoNotCallList(['+6561000012'])).toEqual(new Set());
  });
});

describe('isOnDoNotCallList', () => {
  it('answers for many numbers in one query, with the numbers as given', async () => {
    await add('+6561000020');
    await add('+6561000021');
    const asked = ['+65 6100 0020', '6561000021', '+6561000029', '', 'anonymous'];
    const queries: string[] = [];
    const counted = new Proxy(db.doNotCall, {
      get(target, property, receiver) {
        const value: unknown = Reflect.get(target, property, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          queries.push(String(property));
          return Reflect.apply(value, target, args);
        };
      },
    });
    expect(await isOnDoNotCallList(asked, { doNotCall: counted })).toEqual(new Set(['+65 6100 0020', '6561000021']));
    expect(queries).toEqual(['findMany']);
    expect(await isOnDoNotCallList([])).toEqual(new Set());
  });
});

describe('removeFromDoNotCall', () => {
  it('deletes the row; the audit entry keeps the number, who, why and the entry as it was', async () => {
    await addOptOut('+6561000030', 'session-30');
    await removeFromDoNotCall(alice, '+6561000030', { reason: 'asked to be called again' });
    expect(await isOnDoNotCallList(['+6561000030'])).toEqual(new Set());
    const [audit] = await auditOf('dnc.remove', '+6561000030');
    expect(audit).toMatchObject({
      actorId: alice.id,
      summary: 'Removed +6561000030 from the do-not-call list: “asked to be called again”',
      details: { reason: 'asked to be called again', entry: { source: 'opt_out', sessionId: 'session-30', addedBy: null } },
    });
  });

  it('answers 404 for a number not on the list, and records nothing', async () => {
    await expect(removeFromDoNotCall(alice, '+6561000031', { reason: 'x' })).rejects.toMatchObject({ status: 404 });
    expect(await auditOf('dnc.remove', '+6561000031')).toHaveLength(0);
  });
});

describe('importDoNotCall', () => {
  it('adds new numbers, counts the listed ones, duplicates and bad rows, with one audit entry', async () => {
    await add('+6561000040', 'by hand');
    const result = await importDoNotCall(crm, csv('phone,reason\n+6561000040,again\n+6561000041,new\n+6561000041,dup\nbad,x\n+6561000042,\n'));
    expect(result).toEqual({
      rows: 5,
      added: 2,
      alreadyListed: 1,
      duplicates: 1,
      invalid: [{ line: 5, reason: expect.stringContaining('bad') }],
      invalidCount: 1,
      numberColumn: { index: 0, name: 'phone' },
    });
    expect(await db.doNotCall.findUnique({ where: { number: '+6561000040' } })).toMatchObject({ source: 'manual', reason: 'by hand' });
    expect(await db.doNotCall.findUnique({ where: { number: '+6561000041' } })).toMatchObject({ source: 'import', reason: 'new', addedBy: crm.id });
    const audits = await auditOf('dnc.import');
    expect(audits.at(-1)).toMatchObject({ actorId: crm.id, details: { rows: 5, added: 2, alreadyListed: 1, duplicates: 1, invalid: 1 } });
  });

  it('writes nothing for a file without numbers: 422 with what to fix', async () => {
    const before = await db.auditEntry.count();
    await expect(importDoNotCall(crm, csv('number\n'))).rejects.toMatchObject({ status: 422, message: expect.stringMatching(/no numbers/) });
    expect(await db.auditEntry.count()).toBe(before);
  });
});

describe('listDoNotCall', () => {
  it('pages newest first and finds numbers by their start, however typed', async () => {
    await importDoNotCall(crm, csv(Array.from({ length: 30 }, (_, i) => `+6562${String(i).padStart(6, '0')}`).join('\n')));
    const first = await listDoNotCall(listDoNotCallQuery.parse({ q: '+65 62', pageSize: '20' }));
    const second = await listDoNotCall(listDoNotCallQuery.parse({ q: '(6562)', pageSize: '20', page: '2' }));
    expect(first).toMatchObject({ total: 30, pages: 2, page: 1 });
    const numbers = [...first.entries, ...second.entries].map((e) => e.number);
    expect(new Set(numbers).size).toBe(30);
    expect(numbers.every((n) => n.startsWith('+6562'))).toBe(true);
    expect(first.entries[0]).toMatchObject({ source: 'import', addedByLabel: 'token-crm' });
    expect((await listDoNotCall(listDoNotCallQuery.parse({ q: '6562', page: '9' }))).entries).toEqual([]);
    expect((await listDoNotCall(listDoNotCallQuery.parse({ q: '6562', page: '9' }), 'last')).page).toBe(1);
  });
});
