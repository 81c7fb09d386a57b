'use client';

import { useState } from 'react';
import { useCan } from '@/components/auth/actor-context';
import { Button } from '@/components/ui/button';
import type { LintIssue } from '@/lib/flow/lint';
import type { Autosave } from '../use-autosave';
import { useFlowStore } from '../store/flow-store-context';

/** Publish: disabled, with the reasons listed, while lint finds errors or the role may not publish. */
export function PublishButton({ issues, autosave, onPublished }: { issues: readonly LintIssue[]; autosave: Autosave; onPublished: () => void }) {
  const flowId = useFlowStore((s) => s.flowId);
  const readOnly = useFlowStore((s) => s.readOnly);
  const allowance = useCan('flows.publish');
  const [state, setState] = useState<{ busy: boolean; message?: string; ok?: boolean }>({ busy: false });
  const errors = issues.filter((i) => i.severity === 'error');
  if (readOnly) return null;

  const publish = async () => {
    setState({ busy: true });
    if (!(await autosave.flush())) {
      setState({ busy: false, ok: false, message: 'Save the draft first (see the status above).' });
      return;
    }
    const response = await fetch(`/api/flows/${flowId}/publish`, { method: 'POST' });
    const body = (await response.json().catch(() => ({}))) as { version?: number; error?: string };
    if (response.ok) {
      setState({ busy: false, ok: true, message: `Published version ${body.version}. New calls use it now.` });
      onPublished();
    } else {
      setState({ busy: false, ok: false, message: body.error ?? `Publishing failed (HTTP ${response.status}).` });
    }
  };

  return (
    <div className="relative flex items-center gap-2">
      <Button
        variant="primary"
        onClick={() => void publish()}
        deniedReason={allowance.reason}
        disabled={errors.length > 0 || state.busy}
        aria-describedby={allowance.allowed && errors.length ? 'publish-blockers' : undefined}
      >
        {state.busy ? 'Publishing…' : 'Publish'}
      </Button>
      {!allowance.allowed && <span className="text-xs text-slate-600">{allowance.reason}</span>}
      {allowance.allowed && errors.length > 0 && (
        <span id="publish-blockers" className="text-xs text-rose-700">
          {errors.length} problem{errors.length === 1 ? '' : 's'} to fix before publishing (see Problems)
        </span>
      )}
      {state.message && (
        <span role="status" className={`text-xs ${state.ok ? 'text-emerald-700' : 'text-rose-700'}`}>
          {state.message}
        </span>
      )}
    </div>
  );
}
