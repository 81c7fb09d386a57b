'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useId, useMemo, useState } from 'react';
import { useCan } from '@/components/auth/actor-context';
import { Button, buttonStyles } from '@/components/ui/button';
import { ErrorMessage } from '@/components/ui/field';
import type { FlowDocument } from '@/lib/flow/document';
import type { Autosave } from '../use-autosave';
import { toDocument } from '../store/document-mapping';
import { useFlowActions, useFlowStore, useFlowStoreApi } from '../store/flow-store-context';
import { useFlowDetail, type FlowVersionSummary } from '../use-flow-detail';
import { RestoreVersionDialog, type Restored } from './restore-version-dialog';
import { VersionDiff } from './version-diff';
import { useVersionDocuments } from './use-version-documents';

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

/** Published versions, newest first: view one read-only, restore one as the draft, see how the draft differs. */
export function VersionHistory({ refreshKey, autosave }: { refreshKey: number; autosave?: Autosave }) {
  const router = useRouter();
  const store = useFlowStoreApi();
  const actions = useFlowActions();
  const { flowId, readOnly } = useFlowStore((s) => ({ flowId: s.flowId, readOnly: s.readOnly }));
  const { state } = useFlowDetail(flowId, refreshKey);
  const versions = state.status === 'ready' ? state.flow.versions : [];
  const documents = useVersionDocuments(flowId, versions);
  const draft = useDraftDocument();
  const [restoring, setRestoring] = useState<number | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  // Unsaved edits are saved first, so the restore names the revision the server has.
  const currentRevision = async () => {
    if (autosave && !store.getState().readOnly) await autosave.flush();
    return store.getState().revision;
  };

  const onRestored = (restored: Restored) => {
    setRestoring(null);
    if (readOnly) {
      router.push(`/flows/${flowId}`);
      return;
    }
    actions.replaceDocument(restored.draft, restored.draftRevision);
    setNotice(`Version ${restored.restoredVersion} is now the draft. Publish it to put it in front of callers.`);
  };

  if (state.status === 'loading') return <p className="p-3 text-sm text-slate-600">Loading versions…</p>;
  if (state.status === 'error') {
    return (
      <div className="p-3">
        <ErrorMessage message={`Could not load the versions: ${state.message}`} />
      </div>
    );
  }
  const live = state.flow.publishedVersion?.version ?? null;
  return (
    <div className="space-y-3 p-3">
      {notice && (
        <p role="status" className="rounded border border-emerald-300 bg-emerald-50 px-2 py-1.5 text-sm text-emerald-900">
          {notice}
        </p>
      )}
      {versions.length === 0 ? (
        <p className="text-sm text-slate-600">Not published yet. Each publish adds an immutable version here.</p>
      ) : (
        <ol aria-label="Published versions" className="space-y-2">
          {versions.map((version) => (
            <VersionItem
              key={version.id}
              flowId={flowId}
              version={version}
              live={version.version === live}
              document={documents.get(version.version)}
              draft={draft}
              onRestore={() => {
                setNotice(null);
                setRestoring(version.version);
              }}
            />
          ))}
        </ol>
      )}
      <RestoreVersionDialog flowId={flowId} version={restoring} revision={currentRevision} onClose={() => setRestoring(null)} onRestored={onRestored} />
    </div>
  );
}

function VersionItem({
  flowId,
  version,
  live,
  document,
  draft,
  onRestore,
}: {
  flowId: string;
  version: FlowVersionSummary;
  live: boolean;
  document: FlowDocument | 'error' | undefined;
  draft: FlowDocument;
  onRestore: () => void;
}) {
  const titleId = useId();
  const restore = useCan('flows.publish');
  return (
    <li className="rounded border border-slate-200 p-2 text-sm" aria-labelledby={titleId}>
      <div className="flex items-center gap-2">
        <span id={titleId} className="font-semibold">
          Version {version.version}
        </span>
        {live && <span className="rounded bg-emerald-100 px-1.5 text-xs text-emerald-800">live</span>}
      </div>
      <p className="text-xs text-slate-600">
        Published {dateFormat.format(new Date(version.publishedAt))} UTC{version.publishedBy ? ` by ${version.publishedBy}` : ''}
      </p>
      <VersionDiff version={version.version} document={document} draft={draft} />
      <div className="mt-2 flex gap-1.5">
        <Link href={`/flows/${flowId}/versions/${version.version}`} className={buttonStyles.small} aria-describedby={titleId}>
          View
        </Link>
        <Button variant="small" aria-haspopup="dialog" aria-describedby={titleId} deniedReason={restore.reason} onClick={onRestore}>
          Restore as draft
        </Button>
      </div>
    </li>
  );
}

/** The canvas as a document, recomputed when the document (not the selection) changes. */
function useDraftDocument(): FlowDocument {
  const store = useFlowStoreApi();
  const changeCount = useFlowStore((s) => s.changeCount);
  // replaceDocument (a restore, a reload after a conflict) sets a new revision without a change.
  const revision = useFlowStore((s) => s.revision);
  return useMemo(
    () => toDocument(store.getState().nodes, store.getState().edges),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- changeCount and revision are the document's version
    [store, changeCount, revision],
  );
}
