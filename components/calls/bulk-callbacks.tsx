'use client';

import { useMemo, useState, type ChangeEvent } from 'react';
import { useCan } from '@/components/auth/actor-context';
import { Button } from '@/components/ui/button';
import { controlStyle, Field } from '@/components/ui/field';
import { parseCallbackCsv } from '@/lib/calls/parse-callback-csv';
import { batchResultsCsv } from '@/lib/calls/results-csv';
import { BulkPreview } from './bulk-preview';
import { BulkProgress } from './bulk-progress';
import { BulkResults } from './bulk-results';
import { FlowSourceFields } from './flow-source-fields';
import type { AccountNumbersState } from './use-account-numbers';
import { useBulkRun } from './use-bulk-run';
import { useFlowSource, type CallFlow } from './use-flow-source';

const example = 'number,name\n+6591234567,Ann\n+6598765432,"Lee, Bo"';

/** Callbacks from a CSV, launched one by one from this tab at a chosen rate. */
export function BulkCallbacks({
  flows,
  initialFlowId,
  account,
  onCreated,
}: {
  flows: CallFlow[];
  initialFlowId: string | null;
  account: AccountNumbersState;
  onCreated: () => void;
}) {
  const launch = useCan('calls.launch');
  const fs = useFlowSource(flows, initialFlowId, account);
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [rate, setRate] = useState('60');
  const run = useBulkRun();
  const parsed = useMemo(() => (text.trim() ? parseCallbackCsv(text) : null), [text]);
  const locked = run.status === 'running' || run.status === 'paused';

  const ratePerMinute = Number(rate);
  const rateProblem = Number.isInteger(ratePerMinute) && ratePerMinute >= 1 && ratePerMinute <= 600 ? null : 'Give a whole number of calls per minute, from 1 to 600.';
  const callable = parsed?.ok ? parsed.rows.filter((r) => !r.problem).length : 0;
  const excluded = parsed?.ok ? parsed.rows.length - callable : 0;
  const blocker = !parsed
    ? 'Paste a CSV or upload a file.'
    : !parsed.ok
      ? 'Fix the CSV first.'
      : callable === 0
        ? 'No row can be called.'
        : !fs.flowId
          ? 'Choose a flow.'
          : (fs.sourceProblem ?? rateProblem);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setText(await file.text());
    setFileName(file.name);
    // Choosing the same file again (after editing it) should load it again.
    input.value = '';
  };

  const start = () => {
    if (blocker || !parsed?.ok || !launch.allowed) return;
    run.start({ rows: parsed.rows, varColumns: parsed.varColumns }, { flowId: fs.flowId, source: fs.source, ratePerMinute }, onCreated);
  };

  const exportResults = () => {
    if (!run.batch) return;
    const csv = batchResultsCsv(run.batch.rows, run.batch.varColumns, run.results);
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `callback-results-${new Date().toISOString().slice(0, 19).replaceAll(':', '-')}.csv`;
    link.click();
    URL.revokeObjectURL(url);
  };

  return (
    <div className="space-y-4">
      <p className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
        A batch runs in this browser tab: closing or reloading the tab stops it (calls already placed go on). Nothing is stored until each call is
        launched.
      </p>

      <fieldset disabled={!launch.allowed} className="min-w-0 space-y-4">
        <div className="grid gap-3 md:grid-cols-2">
          <Field
            label="CSV text"
            hint={
              <>
                First row: column names. A <code>number</code> (or <code>destination</code>) column is required; every other column is a variable
                for that row, spoken as <code>{'{{vars.column}}'}</code>.
              </>
            }
          >
            {({ id, describedBy }) => (
              <textarea
                id={id}
                className={`${controlStyle} h-36 font-mono text-xs`}
                value={text}
                disabled={locked}
                placeholder={example}
                spellCheck={false}
                aria-describedby={describedBy}
                onChange={(event) => {
                  setText(event.target.value);
                  setFileName(null);
                }}
              />
            )}
          </Field>
          <div className="space-y-3">
            <label className="flex flex-col text-sm">
              <span className="font-medium">Upload a .csv file</span>
              <input type="file" accept=".csv,text/csv" className="mt-1 text-sm" disabled={locked} onChange={onFile} />
            </label>
            {fileName && <p className="text-xs text-slate-600">Loaded {fileName}.</p>}
            <div aria-live="polite" className="text-sm">
              {parsed && !parsed.ok && <p className="text-rose-800">{parsed.message}</p>}
              {parsed?.ok && (
                <p>
                  {parsed.rows.length} {parsed.rows.length === 1 ? 'row' : 'rows'}: {callable} to call
                  {excluded > 0 && <span className="text-rose-800">, {excluded} excluded (marked below)</span>}.
                </p>
              )}
            </div>
          </div>
        </div>

        {parsed?.ok && <BulkPreview rows={parsed.rows} varColumns={parsed.varColumns} />}

        <div className="grid gap-3 md:grid-cols-3">
          <FlowSourceFields flows={flows} fs={fs} account={account} disabled={locked} />
          <Field
            label="Rate (calls per minute)"
            problem={rateProblem}
            hint={`One call every ${formatInterval(60 / ratePerMinute)}, each after the previous one was accepted.`}
          >
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                type="number"
                min={1}
                max={600}
                step={1}
                className={controlStyle}
                value={rate}
                disabled={locked}
                aria-invalid={invalid}
                aria-describedby={describedBy}
                onChange={(event) => setRate(event.target.value)}
              />
            )}
          </Field>
        </div>
      </fieldset>

      <div className="flex flex-wrap items-center gap-2">
        {!locked && (
          <Button variant="primary" deniedReason={launch.reason} disabled={blocker !== null} onClick={start}>
            Start
          </Button>
        )}
        {run.status === 'running' && (
          <Button onClick={run.pause}>
            Pause
          </Button>
        )}
        {run.status === 'paused' && (
          <Button variant="primary" onClick={run.resume}>
            Resume
          </Button>
        )}
        {locked && (
          <Button variant="danger" onClick={run.cancel}>
            Cancel
          </Button>
        )}
        {run.batch && (
          <Button onClick={exportResults}>
            Export results as CSV
          </Button>
        )}
        {launch.allowed && !locked && blocker && <span className="text-sm text-slate-600">{blocker}</span>}
      </div>

      {run.batch && <BulkProgress status={run.status} total={run.batch.rows.length} results={run.results} />}
      {run.results.length > 0 && <BulkResults results={run.results} />}
    </div>
  );
}

function formatInterval(seconds: number): string {
  return seconds >= 1 ? `${Number(seconds.toFixed(1))} s` : `${Math.round(seconds * 1000)} ms`;
}
