'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { ErrorMessage } from '@/components/ui/field';
import type { FlowDocument } from '@/lib/flow/document';
import { callApi } from '@/lib/http/call-api';

export type Restored = { draft: FlowDocument; draftRevision: number; restoredVersion: number };

/**
 * Confirms, then makes `version` the draft. `revision` is read at confirm time so
 * it is the revision the editor holds then; a newer save elsewhere gives the 409 message.
 */
export function RestoreVersionDialog({
  flowId,
  version,
  revision,
  onClose,
  onRestored,
}: {
  flowId: string;
  version: number | null;
  revision: () => Promise<number>;
  onClose: () => void;
  onRestored: (restored: Restored) => void;
}) {
  return (
    <Dialog
      open={version !== null}
      onClose={onClose}
      title={`Restore version ${version ?? ''} as the draft?`}
      description={
        <p>
          The draft, including changes not yet published, is replaced by version {version}. Calls keep using the published version until you
          publish again.
        </p>
      }
    >
      {version !== null && <Confirm key={version} flowId={flowId} version={version} revision={revision} onCancel={onClose} onRestored={onRestored} />}
    </Dialog>
  );
}

function Confirm({
  flowId,
  version,
  revision,
  onCancel,
  onRestored,
}: {
  flowId: string;
  version: number;
  revision: () => Promise<number>;
  onCancel: () => void;
  onRestored: (restored: Restored) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const restore = async () => {
    setBusy(true);
    setError(null);
    const draftRevision = await revision();
    const result = await callApi<Restored>(`/api/flows/${flowId}/restore`, { method: 'POST', body: { version, draftRevision } });
    setBusy(false);
    if (result.ok) onRestored(result.data);
    else setError(result.message);
  };
  return (
    <div className="space-y-4">
      <ErrorMessage message={error} />
      <div className="flex justify-end gap-2">
        <Button onClick={onCancel} data-autofocus>
          Cancel
        </Button>
        <Button variant="primary" onClick={() => void restore()} disabled={busy} aria-busy={busy}>
          {busy ? 'Restoring…' : `Restore version ${version}`}
        </Button>
      </div>
    </div>
  );
}
