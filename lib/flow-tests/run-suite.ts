import type { FlowDocument } from '@/lib/flow/document';
import { indexFlow } from '@/lib/flow/flow-index';
import { firstDifference, type FirstDifference } from './first-difference';
import { runTestCase, type CallRecord, type RunOptions } from './run-test-case';
import type { TestCaseSpec } from './test-case';

export type SuiteCase = { id: string; name: string; spec: TestCaseSpec };

export type CaseResult = {
  id: string;
  name: string;
  passed: boolean;
  /** Null when the case passed. */
  difference: FirstDifference | null;
  call: CallRecord;
  ms: number;
};

export type SuiteResult = {
  total: number;
  passed: number;
  /** Cases whose call differed from what they expect. */
  failed: number;
  /** Cases the engine could not run to the end (kept apart from failures, as JUnit does). */
  errors: number;
  ms: number;
  cases: CaseResult[];
};

/** Runs every case against one document, one after another (each is a few microseconds of CPU). */
export async function runSuite(document: FlowDocument, cases: readonly SuiteCase[], options: RunOptions): Promise<SuiteResult> {
  const index = indexFlow(document);
  const results: CaseResult[] = [];
  for (const testCase of cases) {
    const started = performance.now();
    const outcome = await runTestCase(index, testCase.spec, options);
    const difference = firstDifference(index, testCase.spec, outcome.call, outcome.ok ? undefined : outcome.error);
    results.push({
      id: testCase.id,
      name: testCase.name,
      passed: difference === null,
      difference,
      call: outcome.call,
      ms: performance.now() - started,
    });
  }
  const errors = results.filter((r) => r.difference?.expectation === 'run').length;
  const passed = results.filter((r) => r.passed).length;
  return {
    total: results.length,
    passed,
    failed: results.length - passed - errors,
    errors,
    ms: results.reduce((sum, r) => sum + r.ms, 0),
    cases: results,
  };
}
