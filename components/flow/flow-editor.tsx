'use client';

import '@xyflow/react/dist/style.css';
import { ReactFlowProvider } from '@xyflow/react';
import Link from 'next/link';
import { useCallback, useMemo, useState } from 'react';
import { lintFlow, type LintIssue } from '@/lib/flow/lint';
import { FlowCanvas } from './canvas/flow-canvas';
import { Inspector } from './inspector/inspector';
import { NodeIssuesContext } from './nodes/use-node-issues';
import { NumbersPanel } from './numbers/numbers-panel';
import { EditorToolbar } from './panels/editor-toolbar';
import { NodePalette } from './panels/node-palette';
import { ProblemsPanel } from './panels/problems-panel';
import { SaveStatusBar } from './panels/save-status';
import { ShortcutsHelp } from './panels/shortcuts-help';
import { SidePanel } from './panels/side-panel';
import { TestCallPanel } from './test-call/test-call-panel';
import { toDocument } from './store/document-mapping';
import type { FlowStoreInit } from './store/flow-store';
import { FlowStoreProvider, useFlowStoreApi, useFlowStore } from './store/flow-store-context';
import { useAutosave } from './use-autosave';
import { useEditorShortcuts } from './use-editor-shortcuts';
import { VersionHistory } from './versions/version-history';

export function FlowEditor({ init, backHref = '/' }: { init: FlowStoreInit; backHref?: string }) {
  return (
    <FlowStoreProvider init={init}>
      <ReactFlowProvider>
        <EditorLayout backHref={backHref} />
      </ReactFlowProvider>
    </FlowStoreProvider>
  );
}

/** Lint follows document changes only (not selection or a drag in progress). */
function useLint(): LintIssue[] {
  const store = useFlowStoreApi();
  const changeCount = useFlowStore((s) => s.changeCount);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- changeCount is the document's version
  return useMemo(() => lintFlow(toDocument(store.getState().nodes, store.getState().edges)), [store, changeCount]);
}

function EditorLayout({ backHref }: { backHref: string }) {
  const autosave = useAutosave();
  const issues = useLint();
  const [helpOpen, setHelpOpen] = useState(false);
  const [publishedCount, setPublishedCount] = useState(0);
  const [testCallOpen, setTestCallOpen] = useState(false);
  const openHelp = useCallback(() => setHelpOpen(true), []);
  useEditorShortcuts(openHelp);

  const issuesByNode = useMemo(() => {
    const byNode = new Map<string, LintIssue[]>();
    for (const issue of issues) if (issue.nodeId) byNode.set(issue.nodeId, [...(byNode.get(issue.nodeId) ?? []), issue]);
    return byNode;
  }, [issues]);

  return (
    <NodeIssuesContext.Provider value={issuesByNode}>
      <div className="flex h-[calc(100vh-49px)] flex-col">
        <EditorToolbar
          backHref={backHref}
          autosave={autosave}
          issues={issues}
          onHelp={openHelp}
          onPublished={() => setPublishedCount((n) => n + 1)}
          onTestCall={() => setTestCallOpen(true)}
        />
        <SaveStatusBar autosave={autosave} />
        <div className="grid min-h-0 flex-1 grid-cols-[11rem_1fr_22rem]">
          <aside className="overflow-y-auto border-r border-slate-200 bg-white p-3">
            <NodePalette />
          </aside>
          <section aria-label="Flow canvas" className="relative min-h-0">
            <FlowCanvas />
            {testCallOpen && <TestCallPanel onClose={() => setTestCallOpen(false)} />}
          </section>
          <SidePanel
            tabs={[
              { id: 'inspector', label: 'Step', content: <Inspector /> },
              {
                id: 'problems',
                label: `Problems${issues.length ? ` (${issues.length})` : ''}`,
                content: <ProblemsPanel issues={issues} />,
              },
              { id: 'versions', label: 'Versions', content: <VersionHistory refreshKey={publishedCount} autosave={autosave} /> },
              { id: 'numbers', label: 'Numbers', content: <NumbersPanel refreshKey={publishedCount} /> },
            ]}
          />
        </div>
      </div>
      <ShortcutsHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
      <Link href={backHref} className="sr-only">
        Back to flows
      </Link>
    </NodeIssuesContext.Provider>
  );
}
