import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { doc, e, hangup, say, start } from '@/lib/flow/testing/builders';
import { testCaseSpec } from '@/lib/flow-tests/test-case';
import type { AuditActor } from '@/lib/server/audit/record-audit';
import { createFlow } from '@/lib/server/flows/create-flow';
import { publishFlow } from '@/lib/server/flows/publish-flow';
import { saveDraft } from '@/lib/server/flows/save-draft';
import { useTestDb } from '@/lib/testing/mock-db';
import { openTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { deleteTestCase } from './delete-test-case';
import { listTestCases } from './list-test-cases';
import { runFlowTests } from './run-flow-tests';
import { recordTestCase } from './record-test-case';
import { createTestCase, updateTestCase } from './save-test-case';

vi.mock('@/lib/db', async () => (await import('@/lib/testing/mock-db')).mockDbModule);

let database: TestDatabase;
let db: PrismaClient;
const actor: AuditActor = { type: 'user', id: 'u1', label: 'editor@example.test', ip: '127.0.0.1' };

beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
  useTestDb(db);
}, 60_000);

afterAll(async () => {
  await database.close();
});

const greeting = (text: string) => doc([start(), say('hello', text), hangup('end')], [e('start', 'next', 'hello'), e('hello', 'next', 'end')]);
const hears = (snippet: string) => testCaseSpec.parse({ caller: '+6591110000', dialed: '+6562220000', expect: { says: [snippet], end: { kind: 'hangup' } } });
const auditActions = async (id: string) =>
  (await db.auditEntry.findMany({ where: { targetId: id }, orderBy: { id: 'asc' }, select: { action: true } })).map((a) => a.action);

describe('flow test cases', () => {
  it('are added, renamed, refused a taken name, deleted, and audited', async () => {
    const flow = await createFlow({ name: 'tests crud', document: greeting('Hello') }, actor);
    const a = await createTestCase(flow.id, { name: 'A', case: hears('Hello') }, actor);
    await createTestCase(flow.id, { name: 'B', case: hears('Hello') }, actor);
    await expect(updateTestCase(flow.id, a.id, { name: 'B' }, actor)).rejects.toMatchObject({ status: 409 });
    await expect(createTestCase(flow.id, { name: 'A', case: hears('x') }, actor)).rejects.toMatchObject({ status: 409 });
    expect(await updateTestCase(flow.id, a.id, { name: 'A2' }, actor)).toMatchObject({ name: 'A2', case: { expect: { says: ['Hello'] } } });
    await deleteTestCase(flow.id, a.id, actor);
    await expect(deleteTestCase(flow.id, a.id, actor)).rejects.toMatchObject({ status: 404 });
    expect((await listTestCases(flow.id)).map((c) => c.name)).toEqual(['B']);
    expect(await auditActions(flow.id)).toEqual(expect.arrayContaining(['flow.test_create', 'flow.test_update', 'flow.test_delete']));
  });

  it('run against the draft, and a failing case blocks publishing until fixed', async () => {
    const flow = await createFlow({ name: 'tests gate', document: greeting('Welcome to Acme') }, actor);
    await createTestCase(flow.id, { name: 'Greets', case: hears('Welcome to Acme') }, actor);
    expect(await runFlowTests(flow.id)).toMatchObject({ total: 1, passed: 1, flowName: 'tests gate' });

    const saved = await saveDraft(flow.id, { document: greeting('Hi there'), draftRevision: flow.draftRevision }, actor);
    await expect(publishFlow(flow.id, actor)).rejects.toMatchObject({
      status: 422,
      message: '1 of 1 test case(s) fail: "Greets": Expected to hear "Welcome to Acme"; heard "Hi there"',
      details: { failingTests: [expect.objectContaining({ name: 'Greets' })] },
    });
    expect(await db.flowVersion.count({ where: { flowId: flow.id } })).toBe(0);

    await saveDraft(flow.id, { document: greeting('Welcome to Acme'), draftRevision: saved.draftRevision }, actor);
    expect(await publishFlow(flow.id, actor)).toMatchObject({ version: 1, tests: { total: 1, passed: 1 } });
  });

  it('report a stored case that no longer reads as an error', async () => {
    const flow = await createFlow({ name: 'tests unreadable', document: greeting('Hello') }, actor);
    await db.flowTestCase.create({ data: { flowId: flow.id, name: 'Old', spec: { caller: 5 } } });
    const run = await runFlowTests(flow.id);
    expect(run).toMatchObject({ total: 1, errors: 1 });
    expect(run.cases[0]?.difference?.message).toMatch(/^The saved case no longer reads: caller/);
  });

  it('record a call of the flow as a case that passes, and refuse a call of another flow', async () => {
    const flow = await createFlow({ name: 'tests record', document: greeting('Recorded hello') }, actor);
    const sessionId = `rec-${flow.id}`;
    await db.callSession.create({ data: { id: sessionId, flowId: flow.id, direction: 'INBOUND', status: 'ENDED', caller: '+6590000000', dialed: '+6562220000' } });
    await db.callEvent.create({
      data: {
        eventKey: `${sessionId}-1`,
        kind: 'VCA',
        sessionId,
        request: {},
        reply: { callflow: [{ action: 'say', params: { text: 'Recorded hello', voiceProfile: 'v' } }, { action: 'hangup' }] },
        walkedNodes: ['start', 'hello', 'end'],
      },
    });
    const recorded = await recordTestCase(flow.id, { name: 'From a call', sessionId }, actor);
    expect(recorded.case).toMatchObject({ caller: '+6590000000', expect: { steps: ['start', 'hello', 'end'], says: ['Recorded hello'], end: { kind: 'hangup' } } });
    expect(await runFlowTests(flow.id)).toMatchObject({ total: 1, passed: 1 });
    const other = await createFlow({ name: 'tests other', document: greeting('x') }, actor);
    await expect(recordTestCase(other.id, { name: 'Not mine', sessionId }, actor)).rejects.toMatchObject({ status: 404 });
  });
});
