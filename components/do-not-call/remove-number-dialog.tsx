'use client';

import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { ErrorMessage, Field } from '@/components/ui/field';
import { maxReasonLength } from '@/lib/do-not-call/do-not-call-input';
import { callApi } from '@/lib/http/call-api';
import type { DoNotCallEntry } from '@/lib/server/do-not-call/do-not-call-entry';

/** Removing lets campaigns call the number again, so it asks why; the reason goes to the audit log. */
export function RemoveNumberDialog({
  entry,
  onClose,
  onRemoved,
  returnFocusTo,
}: {
  entry: DoNotCallEntry | null;
  onClose: () => void;
  onRemoved: (number: string) => void;
  returnFocusTo: () => HTMLElement | null;
}) {
  return (
    <Dialog
      open={entry !== null}
      onClose={onClose}
      returnFocusTo={returnFocusTo}
      title={entry ? `Remove ${entry.number}?` : 'Remove number'}
      description="Campaigns may call this number again from their next dial. Say why: the reason is kept in the audit log with your name."
    >
      {entry && <Confirm key={entry.number} entry={entry} onCancel={onClose} onRemoved={onRemoved} />}
    </Dialog>
  );
}

function Confirm({ entry, onCancel, onRemoved }: { entry: DoNotCallEntry; onCancel: () => void; onRemoved: (number: string) => void }) {
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    if (!reason.trim()) return setProblem('Give the reason for removing the number, e.g. “the customer asked to be called again”.');
    setProblem(null);
    setBusy(true);
    const result = await callApi(`/api/do-not-call/${encodeURIComponent(entry.number)}`, { method: 'DELETE', body: { reason } });
    setBusy(false);
    // Someone else removed it meanwhile: what was asked for is done.
    if (result.ok || result.status === 404) onRemoved(entry.number);
    else setError(result.message);
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="space-y-4">
      <Field label="Reason" hint="Required" problem={problem}>
        {({ id, describedBy, invalid }) => (
          <textarea
            id={id}
            data-autofocus
            rows={3}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            aria-required
            maxLength={maxReasonLength}
            className="mt-1 rounded border border-slate-300 px-2 py-1.5 text-sm"
          />
        )}
      </Field>
      <ErrorMessage message={error} />
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" variant="danger" disabled={busy} aria-busy={busy}>
          {busy ? 'Removing…' : 'Remove from the list'}
        </Button>
      </div>
    </form>
  );
}
