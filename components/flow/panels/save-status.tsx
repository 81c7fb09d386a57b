'use client';

import { RoleNotice } from '@/components/auth/role-notice';
import type { Autosave } from '../use-autosave';
import { useFlowStore } from '../store/flow-store-context';

/** Saved / saving / unsaved / error, and the way forward from a conflict. */
export function SaveStatusBar({ autosave }: { autosave: Autosave }) {
  const save = useFlowStore((s) => s.save);
  if (save.state === 'conflict') {
    return (
      <div role="alert" className="flex flex-wrap items-center gap-2 border-b border-rose-300 bg-rose-50 px-4 py-2 text-sm text-rose-900">
        <strong>Not saved:</strong> {save.message}
        <button type="button" onClick={() => void autosave.loadLatest()} className="rounded border border-rose-400 bg-white px-2 py-0.5 font-medium hover:bg-rose-100">
          Load the saved version (discard my changes)
        </button>
        <button type="button" onClick={() => void autosave.keepMine()} className="rounded border border-rose-400 bg-white px-2 py-0.5 font-medium hover:bg-rose-100">
          Keep my changes (overwrite theirs)
        </button>
      </div>
    );
  }
  return null;
}

export function SaveIndicator({ autosave }: { autosave: Autosave }) {
  const save = useFlowStore((s) => s.save);
  const readOnly = useFlowStore((s) => s.readOnly);
  if (readOnly) {
    return (
      <div className="flex items-center gap-2 text-sm text-slate-600">
        Read only
        <RoleNotice permission="flows.edit" to="to edit this flow" className="text-xs" />
      </div>
    );
  }
  const text = {
    saved: 'All changes saved',
    dirty: 'Unsaved changes…',
    saving: 'Saving…',
    error: 'Not saved',
    conflict: 'Not saved: conflict',
  }[save.state];
  return (
    <span role="status" aria-live="polite" className="flex items-center gap-2 text-sm" data-save-state={save.state}>
      <span className={save.state === 'saved' ? 'text-emerald-700' : save.state === 'error' || save.state === 'conflict' ? 'text-rose-700' : 'text-slate-600'}>
        {text}
      </span>
      {save.state === 'error' && (
        <>
          <span className="max-w-xs truncate text-xs text-rose-700" title={save.message}>
            {save.message}
          </span>
          <button type="button" onClick={() => void autosave.flush()} className="rounded border px-2 py-0.5 text-xs">
            Retry
          </button>
        </>
      )}
    </span>
  );
}
