import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditFilterQuery, type AuditFilter } from '@/lib/audit/audit-query';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { openTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { auditOrder, auditWhere } from './audit-where';
import { draftEditWindowMs, recordAudit, recordDraftEdit, type AuditActor } from './record-audit';

// The writer, the append-only trigger and the filters on a real (embedded) PostgreSQL with
// the app's migrations.

let database: TestDatabase;
let db: PrismaClient;

const alice: AuditActor = { type: 'user', id: 'user-alice', label: 'alice@example.test', ip: '192.0.2.1' };
const bob: AuditActor = { type: 'user', id: 'user-bob', label: 'bob@example.test', ip: '192.0.2.2' };
const ci: AuditActor = { type: 'token', id: 'token-ci', label: 'CI deploy', ip: '192.0.2.3' };

beforeAll(async () => {
  // Every migration replayed on a fresh database: seconds on a busy machine.
  database = await openTestDatabase();
  db = database.db;
});

afterAll(async () => {
  await database.close();
});

const edit = (actor: AuditActor, flowId: string, now?: Date) =>
  recordDraftEdit(actor, { action: 'flow.edit', target: { type: 'flow', id: flowId }, summary: `Edited ${flowId}` }, db, now);

describe('the audit_entry table', () => {
  it('refuses UPDATE, DELETE and TRUNCATE: entries are append-only', async () => {
    await recordAudit(alice, { action: 'flow.create', target: { type: 'flow', id: 'f-append' }, summary: 'Created flow "f"' }, db);
    await expect(db.$executeRawUnsafe(`UPDATE audit_entry SET summary = 'rewritten'`)).rejects.toThrow(/append-only: UPDATE/);
    await expect(db.$executeRawUnsafe(`DELETE FROM audit_entry`)).rejects.toThrow(/append-only: DELETE/);
    await expect(db.$executeRawUnsafe(`TRUNCATE audit_entry`)).rejects.toThrow(/append-only: TRUNCATE/);
    await expect(db.auditEntry.deleteMany({})).rejects.toThrow(/append-only/);
    expect(await db.auditEntry.count({ where: { targetId: 'f-append', summary: 'Created flow "f"' } })).toBe(1);
  });
});

describe('recordAudit', () => {
  it('writes who, from where, what, on what, and the details', async () => {
    await recordAudit(ci, { action: 'number.route', target: { type: 'number', id: '+6568332048' }, summary: 'Routed', details: { flowId: 'f1' } }, db);
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: 'number.route', actorId: 'token-ci' } });
    expect(entry).toMatchObject({
      actorType: 'token',
      actorLabel: 'CI deploy',
      ip: '192.0.2.3',
      targetType: 'number',
      targetId: '+6568332048',
      details: { flowId: 'f1' },
      coalesceKey: null,
    });
  });

  it('keeps what a stranger typed to one bounded line', async () => {
    const typed = `evil\r\n=cmd|' /C calc'!A0${'x'.repeat(400)}`;
    await recordAudit({ type: 'anonymous', label: typed, ip: null }, { action: 'auth.sign_in_failed', summary: `Failed sign-in as ${typed}` }, db);
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: 'auth.sign_in_failed' }, orderBy: { id: 'desc' } });
    expect(entry.actorLabel).not.toMatch(/[\r\n]/);
    expect(entry.actorLabel.length).toBeLessThanOrEqual(254);
    expect(entry.actorId).toBeNull();
  });

  it('commits and rolls back with the change it belongs to', async () => {
    await expect(
      db.$transaction(async (tx) => {
        await recordAudit(alice, { action: 'flow.delete', target: { type: 'flow', id: 'f-rollback' }, summary: 'Deleted' }, tx);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await db.auditEntry.count({ where: { targetId: 'f-rollback' } })).toBe(0);
  });
});

describe('recordDraftEdit', () => {
  it('records the first save of a session and none of the saves within 30 minutes', async () => {
    expect(await edit(alice, 'f-session')).toBe(true);
    expect(await edit(alice, 'f-session')).toBe(false);
    expect(await edit(alice, 'f-session', new Date(Date.now() + draftEditWindowMs - 60_000))).toBe(false);
    expect(await db.auditEntry.count({ where: { action: 'flow.edit', targetId: 'f-session' } })).toBe(1);
  });

  it('starts a new session after 30 minutes', async () => {
    expect(await edit(alice, 'f-long')).toBe(true);
    expect(await edit(alice, 'f-long', new Date(Date.now() + draftEditWindowMs + 1000))).toBe(true);
  });

  it('keeps people and tokens apart, and flows apart', async () => {
    expect(await edit(alice, 'f-shared')).toBe(true);
    expect(await edit(bob, 'f-shared')).toBe(true);
    expect(await edit(ci, 'f-shared')).toBe(true);
    expect(await edit(alice, 'f-other')).toBe(true);
  });

  it('starts a new session after anything else recorded about the flow (a publish between two saves)', async () => {
    expect(await edit(alice, 'f-publish')).toBe(true);
    await recordAudit(alice, { action: 'flow.publish', target: { type: 'flow', id: 'f-publish' }, summary: 'Published v1' }, db);
    expect(await edit(alice, 'f-publish')).toBe(true);
    expect(await edit(alice, 'f-publish')).toBe(false);
    const actions = await db.auditEntry.findMany({ where: { targetId: 'f-publish' }, orderBy: { id: 'asc' }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(['flow.edit', 'flow.publish', 'flow.edit']);
  });
});

describe('auditWhere', () => {
  const seeded = 'where-test';
  beforeAll(async () => {
    const entries: Array<[AuditActor, Parameters<typeof recordAudit>[1]]> = [
      [alice, { action: 'flow.publish', target: { type: 'flow', id: seeded }, summary: 'Published "100% Support_line" as v2' }],
      [bob, { action: 'flow.rename', target: { type: 'flow', id: seeded }, summary: 'Renamed flow "Support" to "Help"' }],
      [ci, { action: 'number.route', target: { type: 'number', id: '+6561115777' }, summary: `Routed +6561115777 (${seeded})` }],
    ];
    for (const [actor, change] of entries) await recordAudit(actor, change, db);
  });

  const summaries = async (query: Record<string, string>) => {
    const filter: AuditFilter = auditFilterQuery.parse(query);
    const rows = await db.auditEntry.findMany({
      where: { AND: [auditWhere(filter), { OR: [{ targetId: seeded }, { summary: { contains: seeded } }] }] },
      orderBy: auditOrder,
      select: { summary: true },
    });
    return rows.map((r) => r.summary);
  };

  it('filters by one action or a whole area', async () => {
    expect(await summaries({ action: 'flow.rename' })).toEqual(['Renamed flow "Support" to "Help"']);
    expect(await summaries({ action: 'flow' })).toHaveLength(2);
    expect(await summaries({ action: 'number' })).toHaveLength(1);
  });

  it('filters by actor id, or the start of an email or token name in any case', async () => {
    expect(await summaries({ actor: 'user-bob' })).toEqual(['Renamed flow "Support" to "Help"']);
    expect(await summaries({ actor: 'ALICE@' })).toHaveLength(1);
    expect(await summaries({ actor: 'ci dep' })).toHaveLength(1);
    expect(await summaries({ actor: 'example.test' })).toEqual([]);
  });

  it('filters by target, and by text in the summary with LIKE wildcards taken literally', async () => {
    expect(await summaries({ targetType: 'number', targetId: '+6561115777' })).toHaveLength(1);
    expect(await summaries({ q: '100% support_' })).toEqual(['Published "100% Support_line" as v2']);
    expect(await summaries({ q: '1_0' })).toEqual([]);
    expect(await summaries({ q: '%' })).toHaveLength(1);
  });

  it('filters by time: from is inclusive, to is exclusive', async () => {
    const inAnHour = new Date(Date.now() + 3_600_000).toISOString();
    expect(await summaries({ from: inAnHour })).toEqual([]);
    expect(await summaries({ to: inAnHour })).toHaveLength(3);
    expect(await summaries({ from: '2020-01-01', to: '2020-01-02' })).toEqual([]);
  });

  it('lists newest first', async () => {
    expect((await summaries({}))[0]).toBe(`Routed +6561115777 (${seeded})`);
  });
});
