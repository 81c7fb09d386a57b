'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { ErrorMessage } from '@/components/ui/field';
import { callApi } from '@/lib/http/call-api';

type Target = { id: string; name: string; numbers: readonly string[]; publishedVersion: number | null };

/** Confirms a delete, naming the flow and the numbers it unroutes. */
export function DeleteFlowDialog({
  flow,
  onClose,
  onDeleted,
  returnFocusTo,
}: {
  flow: Target | null;
  onClose: () => void;
  onDeleted: () => void;
  returnFocusTo: () => HTMLElement | null;
}) {
  const [deleted, setDeleted] = useState(false);
  return (
    <Dialog
      open={flow !== null}
      returnFocusTo={() => (deleted ? returnFocusTo() : null)}
      onClose={() => {
        setDeleted(false);
        onClose();
      }}
      title={flow ? `Delete “${flow.name}”?` : 'Delete flow'}
      description={flow && <Consequences flow={flow} />}
    >
      {flow && (
        <Confirm
          key={flow.id}
          flow={flow}
          onCancel={onClose}
          onDeleted={() => {
            setDeleted(true);
            onDeleted();
          }}
        />
      )}
    </Dialog>
  );
}

function Consequences({ flow }: { flow: Target }) {
  return (
    <div className="space-y-2">
      <p>
        The draft{flow.publishedVersion ? ` and all ${flow.publishedVersion} published version${flow.publishedVersion === 1 ? '' : 's'}` : ''} will be
        deleted. Past calls stay in the call history.
      </p>
      {flow.numbers.length > 0 ? (
        <p>
          {flow.numbers.length === 1 ? 'This number is' : 'These numbers are'} routed to it and will be unrouted (callers will hear the
          unknown-number message): <span className="font-mono">{flow.numbers.join(', ')}</span>
        </p>
      ) : (
        <p>No numbers are routed to it.</p>
      )}
    </div>
  );
}

function Confirm({ flow, onCancel, onDeleted }: { flow: Target; onCancel: () => void; onDeleted: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const remove = async () => {
    setBusy(true);
    setError(null);
    const result = await callApi(`/api/flows/${flow.id}`, { method: 'DELETE' });
    setBusy(false);
    if (result.ok || result.status === 404) onDeleted();
    else setError(result.message);
  };
  return (
    <div className="space-y-4">
      <ErrorMessage message={error} />
      <div className="flex justify-end gap-2">
        <Button onClick={onCancel} data-autofocus>
          Cancel
        </Button>
        <Button variant="danger" onClick={() => void remove()} disabled={busy} aria-busy={busy}>
          {busy ? 'Deleting…' : 'Delete flow'}
        </Button>
      </div>
    </div>
  );
}
