'use client';

import { useCallback, useEffect, useState } from 'react';
import { useCan } from '@/components/auth/actor-context';
import { Button } from '@/components/ui/button';
import { callApi } from '@/lib/http/call-api';
import type { CaseResult } from '@/lib/flow-tests/run-suite';
import type { FlowTestRun } from '@/lib/server/flow-tests/run-flow-tests';
import type { TestCase } from '@/lib/server/flow-tests/test-case-row';
import type { Autosave } from '../use-autosave';
import { useFlowStore } from '../store/flow-store-context';

type Listed = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; cases: TestCase[] };

/**
 * The flow's saved test cases: "Run tests" runs them against the saved draft (what Publish
 * checks) and shows each case's result with its first difference.
 */
export function TestsPanel({ autosave, refreshKey }: { autosave: Autosave; refreshKey: number }) {
  const flowId = useFlowStore((s) => s.flowId);
  const edit = useCan('flows.edit');
  const [listed, setListed] = useState<Listed>({ status: 'loading' });
  const [run, setRun] = useState<{ busy: boolean; result?: FlowTestRun; message?: string }>({ busy: false });

  const load = useCallback(async () => {
    const result = await callApi<{ cases: TestCase[] }>(`/api/flows/${flowId}/tests`);
    setListed(result.ok ? { status: 'ready', cases: result.data.cases } : { status: 'error', message: result.message });
    // Results are for the cases as they were run: a changed list runs again.
    setRun((r) => (r.result && result.ok && result.data.cases.length !== r.result.total ? { busy: false } : r));
  }, [flowId]);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the list is fetched when the panel opens or a case is recorded
    void load();
  }, [load, refreshKey]);

  const runTests = async () => {
    setRun({ busy: true });
    if (!(await autosave.flush())) {
      setRun({ busy: false, message: 'Save the draft first (see the status above).' });
      return;
    }
    const result = await callApi<FlowTestRun>(`/api/flows/${flowId}/tests/run`, { method: 'POST' });
    setRun(result.ok ? { busy: false, result: result.data } : { busy: false, message: result.message });
  };

  const remove = async (testCase: TestCase) => {
    const result = await callApi(`/api/flows/${flowId}/tests/${testCase.id}`, { method: 'DELETE' });
    if (!result.ok) setRun((r) => ({ ...r, message: result.message }));
    await load();
  };

  const resultOf = (id: string): CaseResult | undefined => run.result?.cases.find((c) => c.id === id);

  return (
    <section aria-labelledby="tests-heading" className="space-y-3 text-sm">
      <div className="flex items-center justify-between gap-2">
        <h2 id="tests-heading" className="font-semibold">
          Test cases
        </h2>
        <Button variant="primary" onClick={() => void runTests()} disabled={run.busy || listed.status !== 'ready' || listed.cases.length === 0}>
          {run.busy ? 'Running…' : 'Run tests'}
        </Button>
      </div>
      <p className="text-xs text-slate-600">
        Every case must pass before the flow can be published. Record one from a test call (“Save as test case”), or add them through the API.
      </p>
      {run.result && (
        <p role="status" className={run.result.passed === run.result.total ? 'text-emerald-800' : 'text-rose-800'}>
          {run.result.passed} of {run.result.total} passed
        </p>
      )}
      {run.message && <p role="alert" className="text-rose-800">{run.message}</p>}
      {listed.status === 'loading' && <p>Loading test cases…</p>}
      {listed.status === 'error' && <p role="alert">{listed.message}</p>}
      {listed.status === 'ready' && listed.cases.length === 0 && <p>No test cases yet.</p>}
      {listed.status === 'ready' && listed.cases.length > 0 && (
        <ul aria-label="Test cases" className="space-y-2">
          {listed.cases.map((testCase) => {
            const result = resultOf(testCase.id);
            return (
              <li key={testCase.id} className="rounded border border-slate-200 p-2">
                <div className="flex items-center justify-between gap-2">
                  <span className="font-medium">{testCase.name}</span>
                  {result && (
                    <span className={`rounded px-1.5 text-xs font-semibold ${result.passed ? 'bg-emerald-100 text-emerald-900' : 'bg-rose-100 text-rose-900'}`}>
                      {result.passed ? 'Passed' : 'Failed'}
                    </span>
                  )}
                </div>
                <p className="text-xs text-slate-600">{describeCase(testCase)}</p>
                {result?.difference && <p className="mt-1 text-xs text-rose-800">{result.difference.message}</p>}
                {testCase.problem && <p className="mt-1 text-xs text-rose-800">{testCase.problem}</p>}
                {edit.allowed && (
                  <button
                    type="button"
                    onClick={() => void remove(testCase)}
                    className="mt-1 text-xs text-slate-700 underline hover:text-rose-800"
                    aria-label={`Delete test case ${testCase.name}`}
                  >
                    Delete
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function describeCase(testCase: TestCase): string {
  const spec = testCase.case;
  if (!spec) return '';
  const presses = spec.presses.length ? spec.presses.map((p) => p ?? 'no input').join(', ') : 'no presses';
  return `${spec.caller} → ${spec.dialed}; ${presses}`;
}
