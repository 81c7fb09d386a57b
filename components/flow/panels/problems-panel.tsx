'use client';

import type { LintIssue } from '@/lib/flow/lint';
import { useFlowActions } from '../store/flow-store-context';

/** Every problem lint finds; clicking one selects and centres its node. */
export function ProblemsPanel({ issues }: { issues: readonly LintIssue[] }) {
  const actions = useFlowActions();
  if (issues.length === 0) return <p className="p-3 text-sm text-emerald-700">No problems: this flow can be published.</p>;
  const ordered = [...issues].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return (
    <ul aria-label="Problems" className="divide-y divide-slate-100 text-sm">
      {ordered.map((issue, i) => (
        <li key={`${issue.code}-${issue.nodeId ?? issue.edgeId ?? ''}-${i}`}>
          <button
            type="button"
            disabled={!issue.nodeId}
            onClick={() => issue.nodeId && actions.focusNode(issue.nodeId)}
            className="flex w-full gap-2 px-3 py-2 text-left hover:bg-slate-50 disabled:cursor-default"
          >
            <span
              className={`mt-0.5 shrink-0 rounded px-1.5 text-[10px] font-semibold uppercase ${issue.severity === 'error' ? 'bg-rose-100 text-rose-800' : 'bg-amber-100 text-amber-800'}`}
            >
              {issue.severity}
            </span>
            <span>{issue.message}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
