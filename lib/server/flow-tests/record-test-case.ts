import 'server-only';
import { db } from '@/lib/db';
import { caseFromCall } from '@/lib/flow-tests/case-from-call';
import { AppError } from '@/lib/http/app-error';
import type { AuditActor } from '@/lib/server/audit/record-audit';
import { createTestCase } from './save-test-case';
import type { RecordTestCaseInput } from './test-case-input';
import type { TestCase } from './test-case-row';

/** Saves a call of this flow (a test call in the designer) as a test case expecting what happened on it. */
export async function recordTestCase(flowId: string, input: RecordTestCaseInput, actor: AuditActor): Promise<TestCase> {
  const session = await db.callSession.findUnique({
    where: { id: input.sessionId },
    select: { flowId: true, caller: true, dialed: true, startedAt: true },
  });
  if (!session || session.flowId !== flowId) throw new AppError('not_found', `This flow has no call ${input.sessionId}`);
  const events = await db.callEvent.findMany({
    where: { sessionId: input.sessionId, kind: 'VCA' },
    orderBy: { id: 'asc' },
    select: { dtmf: true, reply: true, walkedNodes: true },
  });
  if (events.length === 0) throw new AppError('conflict', 'The call has not reached the flow yet: record it once it has');
  const spec = caseFromCall({ caller: session.caller ?? '', dialed: session.dialed ?? '', startedAt: session.startedAt }, events);
  return createTestCase(flowId, { name: input.name, case: spec }, actor);
}
