'use client';

import { useState, type ChangeEvent } from 'react';
import { useCan } from '@/components/auth/actor-context';
import { Button } from '@/components/ui/button';
import { ErrorMessage } from '@/components/ui/field';
import { maxImportBytes } from '@/lib/do-not-call/do-not-call-input';
import type { DoNotCallImportResult } from '@/lib/server/do-not-call/import-do-not-call';
import { ImportProgress } from './import-progress';
import { ImportSummary } from './import-summary';
import { useCsvUpload } from './use-csv-upload';

const mib = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;

/** "Import a CSV": choose a file, watch it upload and be saved, then read what was added and which lines were bad. */
export function ImportCsv({ onImported }: { onImported: () => void }) {
  const add = useCan('dnc.add');
  const { state, upload } = useCsvUpload<DoNotCallImportResult>('/api/do-not-call/import');
  const [tooBig, setTooBig] = useState<string | null>(null);
  const busy = state.phase === 'uploading' || state.phase === 'processing';

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const file = input.files?.[0];
    // Lets the same file be chosen again after fixing it.
    input.value = '';
    if (!file) return;
    if (file.size > maxImportBytes) {
      setTooBig(`${file.name} is ${mib(file.size)}: at most ${mib(maxImportBytes)} can be imported at once. Split it into smaller files.`);
      return;
    }
    setTooBig(null);
    const result = await upload(file);
    if (result.ok) onImported();
  };

  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-600">
        One number a row, with its country code. The numbers are read from the column named <code>number</code>, <code>phone</code>,{' '}
        <code>msisdn</code> or <code>e164</code> (else the first column); a <code>reason</code> column is kept with each. Up to{' '}
        {mib(maxImportBytes)}.
      </p>
      {add.allowed ? (
        <label
          aria-busy={busy}
          className={`inline-flex cursor-pointer items-center rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50 focus-within:ring-2 focus-within:ring-blue-600 ${busy ? 'pointer-events-none opacity-60' : ''}`}
        >
          {busy ? 'Importing…' : 'Choose a CSV file'}
          <input type="file" accept=".csv,text/csv" className="sr-only" disabled={busy} onChange={(event) => void choose(event)} />
        </label>
      ) : (
        <Button deniedReason={add.reason}>Choose a CSV file</Button>
      )}
      <ErrorMessage message={tooBig} />
      {(state.phase === 'uploading' || state.phase === 'processing') && <ImportProgress state={state} />}
      {state.phase === 'failed' && <ErrorMessage message={`${state.file} was not imported: ${state.message}`} />}
      {state.phase === 'done' && <ImportSummary file={state.file} result={state.data} />}
    </div>
  );
}
