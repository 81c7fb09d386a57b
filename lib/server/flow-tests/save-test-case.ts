import 'server-only';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { AppError } from '@/lib/http/app-error';
import { recordAudit, type AuditActor } from '@/lib/server/audit/record-audit';
import type { CreateTestCaseInput, UpdateTestCaseInput } from './test-case-input';
import { testCaseSelect, toTestCase, type TestCase } from './test-case-row';

// The only writer of flow_test_case (with delete-test-case.ts).

/** Publishing runs every case inside its transaction: a bound keeps it short (each case is microseconds of CPU). */
export const maxTestCasesPerFlow = 200;

const nameTaken = (name: string) => new AppError('conflict', `The flow already has a test case named "${name}": choose another name`);

async function refuseTakenName<T>(name: string | undefined, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (name !== undefined && error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw nameTaken(name);
    throw error;
  }
}

export async function createTestCase(flowId: string, input: CreateTestCaseInput, actor: AuditActor): Promise<TestCase> {
  return refuseTakenName(input.name, () =>
    db.$transaction(async (tx) => {
      const flow = await tx.flow.findUnique({ where: { id: flowId }, select: { name: true } });
      if (!flow) throw new AppError('not_found', `No flow with id ${flowId}`);
      if ((await tx.flowTestCase.count({ where: { flowId } })) >= maxTestCasesPerFlow) {
        throw new AppError('unprocessable', `A flow has at most ${maxTestCasesPerFlow} test cases: delete one first`);
      }
      const row = await tx.flowTestCase.create({ data: { flowId, name: input.name, spec: input.case }, select: testCaseSelect });
      await recordAudit(
        actor,
        {
          action: 'flow.test_create',
          target: { type: 'flow', id: flowId },
          summary: `Added test case "${input.name}" to "${flow.name}"`,
          details: { testCaseId: row.id, name: input.name },
        },
        tx,
      );
      return toTestCase(row);
    }),
  );
}

export async function updateTestCase(flowId: string, id: string, input: UpdateTestCaseInput, actor: AuditActor): Promise<TestCase> {
  return refuseTakenName(input.name, () =>
    db.$transaction(async (tx) => {
      const before = await tx.flowTestCase.findFirst({ where: { id, flowId }, select: { name: true, flow: { select: { name: true } } } });
      if (!before) throw new AppError('not_found', `The flow has no test case with id ${id}`);
      const row = await tx.flowTestCase.update({
        where: { id },
        data: { ...(input.name !== undefined && { name: input.name }), ...(input.case !== undefined && { spec: input.case }) },
        select: testCaseSelect,
      });
      const renamed = input.name !== undefined && input.name !== before.name;
      await recordAudit(
        actor,
        {
          action: 'flow.test_update',
          target: { type: 'flow', id: flowId },
          summary: `Edited test case "${before.name}"${renamed ? ` (now "${row.name}")` : ''} of "${before.flow.name}"`,
          details: { testCaseId: id, name: row.name, ...(renamed && { from: before.name }), caseChanged: input.case !== undefined },
        },
        tx,
      );
      return toTestCase(row);
    }),
  );
}
