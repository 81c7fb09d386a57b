import 'server-only';
import { testCaseSpec, type TestCaseSpec } from '@/lib/flow-tests/test-case';
import { parseReadable } from '@/lib/http/readable-parse';

export const testCaseSelect = { id: true, flowId: true, name: true, spec: true, createdAt: true, updatedAt: true } as const;

type Row = { id: string; flowId: string; name: string; spec: unknown; createdAt: Date; updatedAt: Date };

/** A case as the API returns it; `problem` when the stored case no longer parses (it then fails to run). */
export type TestCase = {
  id: string;
  flowId: string;
  name: string;
  case: TestCaseSpec | null;
  problem?: string;
  createdAt: string;
  updatedAt: string;
};

export function toTestCase(row: Row): TestCase {
  const parsed = parseReadable(testCaseSpec, row.spec);
  return {
    id: row.id,
    flowId: row.flowId,
    name: row.name,
    case: parsed.ok ? parsed.data : null,
    ...(!parsed.ok && { problem: `The saved case no longer reads: ${parsed.message}` }),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
