'use client';

import { useReactFlow } from '@xyflow/react';
import Link from 'next/link';
import { useCan } from '@/components/auth/actor-context';
import { useSandbox } from '@/components/sandbox/sandbox-context';
import { Button } from '@/components/ui/button';
import type { LintIssue } from '@/lib/flow/lint';
import type { Autosave } from '../use-autosave';
import { useFlowActions, useFlowStore } from '../store/flow-store-context';
import { PublishButton } from './publish-button';
import { SaveIndicator } from './save-status';

export const analyticsToggleId = 'analytics-toggle';

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
  const testCall = useCan('sandbox.use');
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
        <Button variant="tool" onClick={actions.undo} disabled={!canUndo || readOnly} title="Undo (Ctrl/⌘+Z)">
          Undo
        </Button>
        <Button variant="tool" onClick={actions.redo} disabled={!canRedo || readOnly} title="Redo (Ctrl/⌘+Shift+Z)">
          Redo
        </Button>
        <Button variant="tool" onClick={actions.autoLayout} disabled={readOnly} title="Arrange automatically (Shift+L)">
          Arrange
        </Button>
        <Button variant="tool" onClick={() => void fitView({ duration: 200 })} title="Fit view (Shift+F)">
          Fit view
        </Button>
        {/* Only while the sandbox is on; hidden on a version (read only, yet editable by this role); a role without it sees why. */}
        {sandbox.enabled && (!readOnly || !testCall.allowed) && (
          <Button variant="tool" onClick={onTestCall} deniedReason={testCall.reason} title="Call the published flow from a phone in the browser (sandbox)">
            Test call
          </Button>
        )}
        <Button
          id={analyticsToggleId}
          variant="tool"
          onClick={onAnalytics}
          aria-pressed={analyticsOn}
          title="Calls per step for a published version and period"
        >
          Analytics
        </Button>
        <Button variant="tool" onClick={onHelp} aria-haspopup="dialog" title="Keyboard shortcuts (?)">
          Shortcuts
        </Button>
        <PublishButton issues={issues} autosave={autosave} onPublished={onPublished} />
      </div>
    </div>
  );
}
