import { useMemo } from 'react';
import { describeDiff, diffDocuments, isEmptyDiff } from '@/lib/flow/diff-documents';
import type { FlowDocument } from '@/lib/flow/document';

/** How the draft differs from a version: steps added, removed, changed, and connections. */
export function VersionDiff({ version, document, draft }: { version: number; document: FlowDocument | 'error' | undefined; draft: FlowDocument }) {
  const diff = useMemo(() => (document && document !== 'error' ? diffDocuments(document, draft) : null), [document, draft]);
  if (document === undefined) return <p className="text-xs text-slate-500">Comparing with the draft…</p>;
  if (!diff) return <p className="text-xs text-rose-700">Could not load version {version} to compare.</p>;
  if (isEmptyDiff(diff)) return <p className="text-xs text-slate-700">Same as the draft.</p>;
  const ids = [
    ...diff.nodesAdded.map((id) => `+${id}`),
    ...diff.nodesRemoved.map((id) => `−${id}`),
    ...diff.nodesChanged.map((id) => `~${id}`),
  ];
  return (
    <div className="text-xs text-slate-700">
      <p>
        <span className="font-medium">Draft since v{version}:</span> {describeDiff(diff)}
      </p>
      {ids.length > 0 && (
        <p className="truncate font-mono text-[11px] text-slate-500" title={ids.join(' ')}>
          {ids.join(' ')}
        </p>
      )}
    </div>
  );
}
