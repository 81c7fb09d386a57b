'use client';

import { useState, type ChangeEvent } from 'react';
import { useCan } from '@/components/auth/actor-context';
import { Button } from '@/components/ui/button';
import { callApi } from '@/lib/http/call-api';

export type ImportOutcome = { ok: true; id: string; name: string } | { ok: false; message: string };

/** "Import JSON": a flow document file (as exported) becomes a new draft flow named after the file. */
export function ImportFlowButton({ onImported }: { onImported: (outcome: ImportOutcome) => void }) {
  const edit = useCan('flows.edit');
  const [busy, setBusy] = useState(false);

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    const outcome = await importDocument(file);
    // Lets the same file be chosen again after fixing it.
    input.value = '';
    setBusy(false);
    onImported(outcome);
  };

  // The file picker is a label around a hidden input: it cannot be "disabled with a reason" itself.
  if (!edit.allowed) return <Button deniedReason={edit.reason}>Import JSON</Button>;

  return (
    <label
      aria-busy={busy}
      className={`inline-flex cursor-pointer items-center rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50 focus-within:ring-2 focus-within:ring-blue-600 ${busy ? 'opacity-60' : ''}`}
    >
      {busy ? 'Importing…' : 'Import JSON'}
      <input type="file" accept=".json,application/json" className="sr-only" disabled={busy} onChange={(event) => void importFile(event)} />
    </label>
  );
}

async function importDocument(file: File): Promise<ImportOutcome> {
  let document: unknown;
  try {
    document = JSON.parse(await file.text());
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unreadable';
    return { ok: false, message: `${file.name} is not a JSON file (${reason}).` };
  }
  const name = file.name.replace(/\.json$/i, '').trim().slice(0, 120) || 'Imported flow';
  const result = await callApi<{ id: string; name: string }>('/api/flows', { method: 'POST', body: { name, document } });
  if (!result.ok) return { ok: false, message: `${file.name} was not imported: ${result.message}` };
  return { ok: true, id: result.data.id, name: result.data.name };
}
