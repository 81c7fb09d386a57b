import 'server-only';
import { db } from '@/lib/db';
import { loadFlowDocument, type FlowDocument } from '@/lib/flow/document';
import { runSuite, type SuiteResult } from '@/lib/flow-tests/run-suite';
import type { Prisma } from '@/lib/generated/prisma/client';
import { env } from '@/lib/env';
import { expandWithSubflows } from '@/lib/server/flows/expand-subflows';
import { listTestCases } from './list-test-cases';
import type { TestCase } from './test-case-row';

type Client = Pick<Prisma.TransactionClient, 'flow' | 'flowTestCase' | 'flowVersion'>;

export type FlowTestRun = SuiteResult & { flowId: string; flowName: string; ranAt: string };

/**
 * Runs a document, with its subflows in place as a call would run them, against cases (a
 * stored case that no longer reads is reported as an error).
 */
export async function runCases(document: FlowDocument, cases: readonly TestCase[], now = new Date(), client: Client = db): Promise<SuiteResult> {
  // A stored case that no longer parses is reported as an error saying what to fix.
  const readable = cases.flatMap((c) => (c.case ? [{ id: c.id, name: c.name, spec: c.case }] : []));
  // A subflow that cannot be expanded is publishing's to refuse; the cases then fail where it stands.
  const expanded = readable.length > 0 ? await expandWithSubflows(document, undefined, client) : null;
  const result = await runSuite(expanded?.ok ? expanded.document : document, readable, { now, publicBaseUrl: env().APP_BASE_URL });
  const broken = cases.filter((c) => !c.case);
  if (broken.length === 0) return result;
  const errorsOf = broken.map((c) => ({
    id: c.id,
    name: c.name,
    passed: false,
    difference: { expectation: 'run' as const, message: c.problem ?? 'The saved case no longer reads' },
    call: { steps: [], said: [], end: { kind: 'hangup' as const }, pressesUsed: 0 },
    ms: 0,
  }));
  return { ...result, total: result.total + broken.length, errors: result.errors + broken.length, cases: [...result.cases, ...errorsOf] };
}

/** Runs a flow's saved test cases against its draft. */
export async function runFlowTests(flowId: string, client: Client = db): Promise<FlowTestRun> {
  const cases = await listTestCases(flowId, client);
  const flow = await client.flow.findUniqueOrThrow({ where: { id: flowId }, select: { name: true, draft: true } });
  const now = new Date();
  const result = await runCases(loadFlowDocument(flow.draft), cases, now, client);
  return { ...result, flowId, flowName: flow.name, ranAt: now.toISOString() };
}
