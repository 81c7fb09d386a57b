'use client';

import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { ErrorMessage } from '@/components/ui/field';
import { callApi } from '@/lib/http/call-api';

type Target = { id: string; name: string };

/** Renames a recording: its URL (and what every flow plays) stays the same. */
export function RenamePromptDialog({ prompt, onClose, onRenamed }: { prompt: Target | null; onClose: () => void; onRenamed: (name: string) => void }) {
  return (
    <Dialog open={prompt !== null} onClose={onClose} title="Rename recording" description="Flows keep playing it: its address does not change.">
      {prompt && <RenameForm key={prompt.id} prompt={prompt} onCancel={onClose} onRenamed={onRenamed} />}
    </Dialog>
  );
}

function RenameForm({ prompt, onCancel, onRenamed }: { prompt: Target; onCancel: () => void; onRenamed: (name: string) => void }) {
  const [name, setName] = useState(prompt.name);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = await callApi<{ name: string }>(`/api/prompts/${prompt.id}`, { method: 'PATCH', body: { name } });
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
        <Button onClick={onCancel}>Cancel</Button>
        <Button variant="primary" type="submit" disabled={busy} aria-busy={busy}>
          {busy ? 'Renaming…' : 'Rename'}
        </Button>
      </div>
    </form>
  );
}
