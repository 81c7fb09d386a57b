'use client';

import { useReactFlow } from '@xyflow/react';
import Link from 'next/link';
import { useSandbox } from '@/components/sandbox/sandbox-context';
import type { LintIssue } from '@/lib/flow/lint';
import type { Autosave } from '../use-autosave';
import { useFlowActions, useFlowStore } from '../store/flow-store-context';
import { PublishButton } from './publish-button';
import { SaveIndicator } from './save-status';

export const analyticsToggleId = 'analytics-toggle';

const toolButton = 'rounded border border-slate-300 bg-white px-2 py-1 text-sm hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-40';

export function EditorToolbar({
  backHref,
  autosave,
  issues,
  onHelp,
  onPublished,
  onTestCall,
  analyticsOn,
  onAnalytics,
}: {
  backHref: string;
  autosave: Autosave;
  issues: readonly LintIssue[];
  onHelp: () => void;
  onPublished: () => void;
  onTestCall: () => void;
  analyticsOn: boolean;
  onAnalytics: () => void;
}) {
  const { name, canUndo, canRedo, readOnly } = useFlowStore((s) => ({
    name: s.name,
    canUndo: s.past.length > 0,
    canRedo: s.future.length > 0,
    readOnly: s.readOnly,
  }));
  const actions = useFlowActions();
  const { fitView } = useReactFlow();
  const sandbox = useSandbox();
  return (
    <div className="flex flex-wrap items-center gap-3 border-b border-slate-200 bg-white px-4 py-2">
      <Link href={backHref} className="text-sm text-blue-700 hover:underline">
        ← Flows
      </Link>
      <label className="flex items-center gap-2 text-sm">
        <span className="sr-only">Flow name</span>
        <input
          value={name}
          readOnly={readOnly}
          onChange={(event) => actions.setName(event.target.value)}
          className="w-64 rounded border border-slate-300 px-2 py-1 font-semibold"
        />
      </label>
      <SaveIndicator autosave={autosave} />
      <div className="ml-auto flex items-center gap-1.5">
        <button type="button" className={toolButton} onClick={actions.undo} disabled={!canUndo || readOnly} title="Undo (Ctrl/⌘+Z)">
          Undo
        </button>
        <button type="button" className={toolButton} onClick={actions.redo} disabled={!canRedo || readOnly} title="Redo (Ctrl/⌘+Shift+Z)">
          Redo
        </button>
        <button type="button" className={toolButton} onClick={actions.autoLayout} disabled={readOnly} title="Arrange automatically (Shift+L)">
          Arrange
        </button>
        <button type="button" className={toolButton} onClick={() => void fitView({ duration: 200 })} title="Fit view (Shift+F)">
          Fit view
        </button>
        {!readOnly && sandbox.enabled && (
          <button type="button" className={toolButton} onClick={onTestCall} title="Call the published flow from a phone in the browser (sandbox)">
            Test call
          </button>
        )}
        <button
          id={analyticsToggleId}
          type="button"
          className={`${toolButton} ${analyticsOn ? 'border-blue-700 bg-blue-50 text-blue-900' : ''}`}
          onClick={onAnalytics}
          aria-pressed={analyticsOn}
          title="Calls per step for a published version and period"
        >
          Analytics
        </button>
        <button type="button" className={toolButton} onClick={onHelp} aria-haspopup="dialog" title="Keyboard shortcuts (?)">
          Shortcuts
        </button>
        <PublishButton issues={issues} autosave={autosave} onPublished={onPublished} />
      </div>
    </div>
  );
}
