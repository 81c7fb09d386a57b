'use client';

import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { ErrorMessage } from '@/components/ui/field';
import { callApi } from '@/lib/http/call-api';

type Target = { id: string; name: string };

export function RenameFlowDialog({ flow, onClose, onRenamed }: { flow: Target | null; onClose: () => void; onRenamed: (name: string) => void }) {
  return (
    <Dialog open={flow !== null} onClose={onClose} title="Rename flow">
      {flow && <RenameForm key={flow.id} flow={flow} onCancel={onClose} onRenamed={onRenamed} />}
    </Dialog>
  );
}

function RenameForm({ flow, onCancel, onRenamed }: { flow: Target; onCancel: () => void; onRenamed: (name: string) => void }) {
  const [name, setName] = useState(flow.name);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = await callApi<{ name: string }>(`/api/flows/${flow.id}`, { method: 'PATCH', body: { name } });
    setBusy(false);
    if (result.ok) onRenamed(result.data.name);
    else setError(result.message);
  };

  return (
    <form onSubmit={(event) => void submit(event)} className="space-y-4">
      <label className="block text-sm">
        <span className="font-medium">New name</span>
        <input
          data-autofocus
          required
          maxLength={120}
          value={name}
          onChange={(event) => setName(event.target.value)}
          onFocus={(event) => event.target.select()}
          className="mt-1 w-full rounded border border-slate-300 px-2 py-1.5"
        />
      </label>
      <ErrorMessage message={error} />
      <div className="flex justify-end gap-2">
        <Button onClick={onCancel}>
          Cancel
        </Button>
        <Button variant="primary" type="submit" disabled={busy} aria-busy={busy}>
          {busy ? 'Renaming…' : 'Rename'}
        </Button>
      </div>
    </form>
  );
}
