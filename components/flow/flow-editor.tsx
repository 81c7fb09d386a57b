'use client';

import '@xyflow/react/dist/style.css';
import { ReactFlowProvider } from '@xyflow/react';
import Link from 'next/link';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useCan } from '@/components/auth/actor-context';
import { usePromptsByHash } from '@/components/prompts/use-prompts';
import { recordingsPlayedBy } from '@/lib/flow/library-recordings';
import { lintFlow, type LintIssue } from '@/lib/flow/lint';
import { AnalyticsPanel } from './analytics/analytics-panel';
import { FlowOverlayContext } from './analytics/overlay-context';
import { useAnalyticsOverlay, type AnalyticsOverlay } from './analytics/use-analytics-overlay';
import { FlowCanvas } from './canvas/flow-canvas';
import { Inspector } from './inspector/inspector';
import { NodeIssuesContext } from './nodes/use-node-issues';
import { NumbersPanel } from './numbers/numbers-panel';
import { analyticsToggleId, EditorToolbar } from './panels/editor-toolbar';
import { NodePalette } from './panels/node-palette';
import { ProblemsPanel } from './panels/problems-panel';
import { SaveStatusBar } from './panels/save-status';
import { ShortcutsHelp } from './panels/shortcuts-help';
import { SidePanel } from './panels/side-panel';
import { TestCallPanel } from './test-call/test-call-panel';
import { TestsPanel } from './tests/tests-panel';
import { toDocument } from './store/document-mapping';
import type { FlowStoreInit } from './store/flow-store';
import { FlowStoreProvider, FlowStoreScope, useFlowStoreApi, useFlowStore } from './store/flow-store-context';
import { useAutosave, type Autosave } from './use-autosave';
import { useEditorShortcuts } from './use-editor-shortcuts';
import { VersionHistory } from './versions/version-history';

/** The designer. `version`: the published version `init` holds (a read-only version page); absent, the draft. */
export function FlowEditor({ init, backHref = '/', version = null }: { init: FlowStoreInit; backHref?: string; version?: number | null }) {
  // Below Editor the draft opens read only, as a version does: nothing to change, nothing to save.
  const edit = useCan('flows.edit');
  return (
    <FlowStoreProvider init={{ ...init, readOnly: init.readOnly === true || !edit.allowed }}>
      <ReactFlowProvider>
        <EditorLayout backHref={backHref} shownVersion={version} />
      </ReactFlowProvider>
    </FlowStoreProvider>
  );
}

/** Lint follows document changes only (not selection or a drag in progress), and the prompt library. */
function useLint(): LintIssue[] {
  const store = useFlowStoreApi();
  const changeCount = useFlowStore((s) => s.changeCount);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- changeCount is the document's version
  const document = useMemo(() => toDocument(store.getState().nodes, store.getState().edges), [store, changeCount]);
  const library = usePromptsByHash(useMemo(() => recordingsPlayedBy(document).map((file) => file.sha256), [document]));
  return useMemo(() => lintFlow(document, library), [document, library]);
}

/**
 * Autosave follows the open flow's own store. Everything else reads the store in scope:
 * the same one, or — while the analytics overlay counts another version — that version,
 * read only, so the draft is neither shown nor editable until the overlay is closed.
 */
function EditorLayout({ backHref, shownVersion }: { backHref: string; shownVersion: number | null }) {
  const autosave = useAutosave();
  const own = useFlowStoreApi();
  const [publishedCount, setPublishedCount] = useState(0);
  const analytics = useAnalyticsOverlay(shownVersion, publishedCount);
  const versionStore = analytics.versionStore.status === 'ready' ? analytics.versionStore.store : null;
  return (
    <FlowStoreScope store={versionStore}>
      <FlowOverlayContext.Provider value={analytics.view}>
        <EditorBody
          backHref={backHref}
          autosave={autosave}
          shownVersion={shownVersion}
          analytics={analytics}
          publishedCount={publishedCount}
          onPublished={() => setPublishedCount((n) => n + 1)}
          versionsPanel={
            // Versions act on the draft (restore, compare) whatever the canvas shows.
            <FlowStoreScope store={own}>
              <VersionHistory refreshKey={publishedCount} autosave={autosave} />
            </FlowStoreScope>
          }
        />
      </FlowOverlayContext.Provider>
    </FlowStoreScope>
  );
}

function EditorBody({
  backHref,
  autosave,
  shownVersion,
  analytics,
  publishedCount,
  onPublished,
  versionsPanel,
}: {
  backHref: string;
  autosave: Autosave;
  shownVersion: number | null;
  analytics: AnalyticsOverlay;
  publishedCount: number;
  onPublished: () => void;
  versionsPanel: ReactNode;
}) {
  const issues = useLint();
  const flowId = useFlowStore((s) => s.flowId);
  const [helpOpen, setHelpOpen] = useState(false);
  const [testCallOpen, setTestCallOpen] = useState(false);
  const [testsChanged, setTestsChanged] = useState(0);
  // Opened with the overlay on (a link, a reload): its tab first.
  const [tab, setTab] = useState(() => (analytics.on ? 'analytics' : 'inspector'));
  const openHelp = useCallback(() => setHelpOpen(true), []);
  useEditorShortcuts(openHelp);

  const issuesByNode = useMemo(() => {
    const byNode = new Map<string, LintIssue[]>();
    for (const issue of issues) if (issue.nodeId) byNode.set(issue.nodeId, [...(byNode.get(issue.nodeId) ?? []), issue]);
    return byNode;
  }, [issues]);

  // Turning the overlay on opens its tab; closing it from there hands the focus back to the toggle.
  const toggleAnalytics = () => {
    if (!analytics.on) setTab('analytics');
    analytics.toggle();
  };
  const closeAnalytics = () => {
    analytics.toggle();
    document.getElementById(analyticsToggleId)?.focus();
  };

  return (
    <NodeIssuesContext.Provider value={issuesByNode}>
      <div className="flex h-[calc(100vh-49px)] flex-col">
        <EditorToolbar
          backHref={backHref}
          autosave={autosave}
          issues={issues}
          onHelp={openHelp}
          onPublished={onPublished}
          onTestCall={() => setTestCallOpen(true)}
          analyticsOn={analytics.on}
          onAnalytics={toggleAnalytics}
        />
        <SaveStatusBar autosave={autosave} />
        <div className="grid min-h-0 flex-1 grid-cols-[11rem_1fr_22rem]">
          <aside className="overflow-y-auto border-r border-slate-200 bg-white p-3">
            <NodePalette />
          </aside>
          <section aria-label="Flow canvas" className="relative min-h-0">
            <FlowCanvas />
            {testCallOpen && <TestCallPanel onClose={() => setTestCallOpen(false)} onRecorded={() => setTestsChanged((n) => n + 1)} />}
          </section>
          <SidePanel
            active={tab}
            onActiveChange={setTab}
            tabs={[
              { id: 'inspector', label: 'Step', content: <Inspector /> },
              {
                id: 'problems',
                label: `Problems${issues.length ? ` (${issues.length})` : ''}`,
                content: <ProblemsPanel issues={issues} />,
              },
              { id: 'versions', label: 'Versions', content: versionsPanel },
              { id: 'tests', label: 'Tests', content: <TestsPanel autosave={autosave} refreshKey={testsChanged} /> },
              { id: 'numbers', label: 'Numbers', content: <NumbersPanel refreshKey={publishedCount} /> },
              ...(analytics.on
                ? [{ id: 'analytics', label: 'Analytics', content: <AnalyticsPanel flowId={flowId} overlay={analytics} shownVersion={shownVersion} onClose={closeAnalytics} /> }]
                : []),
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
