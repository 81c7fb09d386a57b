import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { EventRow } from '@/lib/server/calls/event-sql';
import { useTestDb } from '@/lib/testing/mock-db';
import { openTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { storeMove, type SessionMove } from './call-progress';
import { storeArrivingCall } from './inbound-call';

// The journals of several servers replay in any order (docs/architecture.md, "Several
// servers"): whatever the order, the session ends where its highest-numbered reply left it,
// with every variable any of them set, and a move that reaches the database before the
// call's arrival makes the session the arrival then completes.

vi.mock('@/lib/db', async () => (await import('@/lib/testing/mock-db')).mockDbModule);

let database: TestDatabase;
let db: PrismaClient;
let versionId: string;
let flowId: string;
const actor = { label: 'publisher@example.test' };
const t0 = new Date('2026-11-25T10:00:00Z');
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
  useTestDb(db);
  // The SQL does not read the document: a version row is all a session needs.
  const flow = await db.flow.create({ data: { name: 'ordering', draft: {} } });
  const version = await db.flowVersion.create({ data: { flowId: flow.id, version: 1, document: {}, publishedBy: actor.label } });
  flowId = flow.id;
  versionId = version.id;
}, 60_000);

afterAll(async () => {
  await database?.close();
});

let sequence = 0;
const row = (sessionId: string, seconds: number): EventRow => ({
  eventKey: `ev-${(sequence += 1)}`,
  kind: 'VCA',
  sessionId,
  request: {},
  reply: {},
  httpStatus: 200,
  receivedAt: at(seconds),
  latencyMs: 1,
});

function move(sessionId: string, step: number, node: string, vars?: Record<string, string>): SessionMove {
  return {
    sessionId,
    step,
    status: 'ACTION_COMPLETED',
    currentNodeId: node,
    vars,
    lastDigits: String(step),
    callId: null,
    at: at(step),
    call: { versionId, direction: 'INBOUND', caller: '+6591178965', dialed: '+6568332048' },
  };
}

const arrival = (id: string) => ({ id, flowId, versionId, caller: '+6591178965', dialed: '+6568332048', callId: null, status: 'CALL_RECEIVED', currentNodeId: 'm1', vars: {}, at: t0 });

const session = (id: string) =>
  db.callSession.findUniqueOrThrow({ where: { id }, select: { currentNodeId: true, step: true, vars: true, lastDigits: true, startedAt: true, flowId: true, direction: true, caller: true } });

describe('moves replayed out of order', () => {
  const moves: Array<{ step: number; node: string; vars?: Record<string, string> }> = [
    { step: 1, node: 'm2', vars: { language: 'en', tier: 'gold' } },
    { step: 2, node: 'm3', vars: { language: 'es' } },
    { step: 3, node: 'end', vars: undefined },
  ];
  const orders = [
    [0, 1, 2],
    [2, 1, 0],
    [1, 2, 0],
    [2, 0, 1],
  ];

  it.each(orders)('order %i, %i, %i leaves the call at its latest step with every variable', async (...order) => {
    const id = `order-${order.join('')}`;
    await storeArrivingCall(row(id, 0), arrival(id));
    for (const i of order) {
      const m = moves[i]!;
      await storeMove(row(id, m.step), move(id, m.step, m.node, m.vars));
    }
    expect(await session(id)).toMatchObject({ currentNodeId: 'end', step: 3, lastDigits: '3', vars: { language: 'es', tier: 'gold' } });
    expect(await db.callEvent.count({ where: { sessionId: id } })).toBe(4);
  });

  it('a move answered before the summary arrived (it waited in a journal) still places the ended session, which stays ended', async () => {
    const id = 'ended-then-replayed';
    await storeArrivingCall(row(id, 0), arrival(id));
    await storeMove(row(id, 1), move(id, 1, 'm2'));
    await db.callSession.update({ where: { id }, data: { endedAt: at(20), updatedAt: at(30), status: 'ENDED' } });
    await storeMove(row(id, 2), move(id, 2, 'end', { tier: 'gold' }));
    expect(await session(id)).toMatchObject({ currentNodeId: 'end', step: 2, vars: { tier: 'gold' } });
    expect(await db.callSession.findUniqueOrThrow({ where: { id }, select: { status: true, endedAt: true } })).toEqual({ status: 'ENDED', endedAt: at(20) });
  });

  it('an ended session takes no move answered after its summary arrived, however numbered', async () => {
    const id = 'ended-first';
    await storeArrivingCall(row(id, 0), arrival(id));
    await db.callSession.update({ where: { id }, data: { endedAt: at(30), status: 'ENDED' } });
    await storeMove(row(id, 5), move(id, 5, 'm3', { language: 'fr' }));
    expect(await session(id)).toMatchObject({ currentNodeId: 'm1', step: 0, vars: {} });
  });
});

describe('a move that reaches the database before its call', () => {
  it('makes the session where the move leaves it; the arrival then gives it its start and moves nothing', async () => {
    const id = 'move-first';
    await storeMove(row(id, 2), move(id, 2, 'm3', { tier: 'gold' }));
    expect(await session(id)).toMatchObject({ currentNodeId: 'm3', step: 2, vars: { tier: 'gold' }, flowId, direction: 'INBOUND', caller: '+6591178965', startedAt: at(2) });

    await storeArrivingCall(row(id, 0), arrival(id));
    expect(await session(id)).toMatchObject({ currentNodeId: 'm3', step: 2, vars: { tier: 'gold' }, startedAt: t0 });
    await storeMove(row(id, 1), move(id, 1, 'm2', { tier: 'silver', language: 'en' }));
    expect(await session(id)).toMatchObject({ currentNodeId: 'm3', step: 2, vars: { tier: 'gold', language: 'en' } });
  });

  it('makes no session for a version that does not exist (the event is still stored)', async () => {
    const id = 'move-unknown-version';
    await storeMove(row(id, 1), { ...move(id, 1, 'm2'), call: { ...move(id, 1, 'm2').call, versionId: 'no-such-version' } });
    expect(await db.callSession.count({ where: { id } })).toBe(0);
    expect(await db.callEvent.count({ where: { sessionId: id } })).toBe(1);
  });
});
