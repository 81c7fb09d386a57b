import 'server-only';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { AppError } from '@/lib/http/app-error';
import { testCaseSelect, toTestCase, type TestCase } from './test-case-row';

type Client = Pick<Prisma.TransactionClient, 'flow' | 'flowTestCase'>;

/** A flow's test cases by name; 404 for a flow that does not exist. */
export async function listTestCases(flowId: string, client: Client = db): Promise<TestCase[]> {
  const flow = await client.flow.findUnique({ where: { id: flowId }, select: { id: true } });
  if (!flow) throw new AppError('not_found', `No flow with id ${flowId}`);
  const rows = await client.flowTestCase.findMany({ where: { flowId }, orderBy: { name: 'asc' }, select: testCaseSelect });
  return rows.map(toTestCase);
}
