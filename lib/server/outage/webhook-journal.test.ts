import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { useTestDb } from '@/lib/testing/mock-db';
import { openTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { applyJournalEntry, type JournalEntry } from './webhook-journal';

// An Opt out answered while the database was down travels in the journal with its event and
// is applied when the entry is replayed — once, however often the replay runs.

vi.mock('@/lib/db', async () => (await import('@/lib/testing/mock-db')).mockDbModule);

let database: TestDatabase;
let db: PrismaClient;

beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
  useTestDb(db);
}, 60_000);

afterAll(() => database.close());

const at = new Date('2026-01-05T10:00:00Z');
/** An entry as the journal file gives it back: through JSON, dates as strings. */
const fromFile = (entry: JournalEntry): JournalEntry => JSON.parse(JSON.stringify(entry)) as JournalEntry;

describe('replaying a journaled event with step effects', () => {
  it('stores the event and the session, then lists the opted-out caller, once', async () => {
    const entry = fromFile({
      kind: 'arrival',
      row: { eventKey: 'journal-optout-1', kind: 'VCA', sessionId: 'journal-session-1', request: {}, reply: { callflow: [{ action: 'hangup' }] }, httpStatus: 200, receivedAt: at, latencyMs: 1 },
      call: { id: 'journal-session-1', flowId: null, versionId: null, caller: '+6561000090', dialed: '+6562220000', callId: null, status: 'CALL_RECEIVED', currentNodeId: null, vars: {}, at },
      effects: [{ kind: 'optOut', number: '+6561000090' }],
    });
    await applyJournalEntry(entry);
    await applyJournalEntry(entry);
    expect(await db.callEvent.count({ where: { eventKey: 'journal-optout-1' } })).toBe(1);
    expect(await db.doNotCall.findMany({ where: { number: '+6561000090' }, select: { source: true, sessionId: true } })).toEqual([
      { source: 'opt_out', sessionId: 'journal-session-1' },
    ]);
  });

  it('applies the effects of a move too, and entries without effects as before', async () => {
    await applyJournalEntry(
      fromFile({
        kind: 'move',
        row: { eventKey: 'journal-optout-2', kind: 'VCA', sessionId: 'journal-session-1', request: {}, reply: { callflow: [] }, httpStatus: 200, receivedAt: at, latencyMs: 1 },
        move: {
          sessionId: 'journal-session-1',
          step: 1,
          status: 'ACTION_COMPLETED',
          currentNodeId: 'end',
          lastDigits: '9',
          callId: null,
          at,
          call: { versionId: 'no-such-version', direction: 'INBOUND', caller: '+6561000091', dialed: '+6568332048' },
        },
        effects: [{ kind: 'optOut', number: '+6561000091' }],
      }),
    );
    expect(await db.doNotCall.count({ where: { number: '+6561000091', sessionId: 'journal-session-1' } })).toBe(1);
    await applyJournalEntry(
      fromFile({ kind: 'event', row: { eventKey: 'journal-plain-3', kind: 'VCA', sessionId: 'journal-session-1', request: {}, reply: { callflow: [] }, httpStatus: 200, receivedAt: at, latencyMs: 1 } }),
    );
    expect(await db.callEvent.count({ where: { sessionId: 'journal-session-1' } })).toBe(3);
  });
});
