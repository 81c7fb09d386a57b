'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { ErrorMessage } from '@/components/ui/field';
import type { TemplateId } from '@/lib/flow/templates';
import { callApi } from '@/lib/http/call-api';

const starts: Array<{ id: TemplateId | 'blank'; label: string; hint: string }> = [
  { id: 'blank', label: 'Blank', hint: 'A Start step only' },
  { id: 'simple-ivr', label: 'Simple IVR', hint: "8x8's Simple IVR guide: a menu with three options" },
  { id: 'restaurant', label: 'ABC Restaurant', hint: "8x8's Advanced IVR guide: nested menus and transfers" },
];

/** Creates a flow (blank or from a template) and opens it in the designer. */
export function NewFlowDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} onClose={onClose} title="New flow">
      <NewFlowForm onCancel={onClose} />
    </Dialog>
  );
}

function NewFlowForm({ onCancel }: { onCancel: () => void }) {
  const router = useRouter();
  const [name, setName] = useState('');
  const [start, setStart] = useState<TemplateId | 'blank'>('blank');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const label = starts.find((s) => s.id === start)?.label ?? 'Blank';
    const result = await callApi<{ id: string }>('/api/flows', {
      method: 'POST',
      body: { name: name.trim() || (start === 'blank' ? 'Untitled flow' : label), ...(start !== 'blank' && { template: start }) },
    });
    if (!result.ok) {
      setBusy(false);
      setError(result.message);
      return;
    }
    // Stays busy until the designer replaces this page.
    router.push(`/flows/${result.data.id}`);
  };

  return (
    <form onSubmit={(event) => void submit(event)} className="space-y-4">
      <label className="block text-sm">
        <span className="font-medium">Name</span>
        <input
          data-autofocus
          value={name}
          onChange={(event) => setName(event.target.value)}
          maxLength={120}
          placeholder="e.g. Support line"
          className="mt-1 w-full rounded border border-slate-300 px-2 py-1.5"
        />
      </label>
      <fieldset className="space-y-2 text-sm">
        <legend className="mb-1 font-medium">Start from</legend>
        {starts.map((option) => (
          <label key={option.id} className="flex items-start gap-2">
            <input type="radio" name="start" value={option.id} checked={start === option.id} onChange={() => setStart(option.id)} className="mt-1" />
            <span>
              {option.label}
              <span className="block text-xs text-slate-600">{option.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <ErrorMessage message={error} />
      <div className="flex justify-end gap-2">
        <Button onClick={onCancel}>
          Cancel
        </Button>
        <Button variant="primary" type="submit" disabled={busy} aria-busy={busy}>
          {busy ? 'Creating…' : 'Create flow'}
        </Button>
      </div>
    </form>
  );
}
