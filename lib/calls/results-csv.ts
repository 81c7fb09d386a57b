import { csvRow } from './csv';
import type { CallbackRow } from './parse-callback-csv';
import type { BatchResult } from './run-batch';

/** A header and rows through the shared writer (quoting, formula cells neutralised, CRLF). */
export function toCsv(header: string[], rows: string[][]): string {
  return [header, ...rows].map(csvRow).join('');
}

/**
 * Every row of a batch, in file order: its result, or "not launched" for a row the
 * batch never reached (cancelled). Each row's variables follow, so the file can be
 * fixed and loaded again (parseCallbackCsv reads the neutralised "'+65…" back as "+65…").
 */
export function batchResultsCsv(rows: CallbackRow[], varColumns: string[], results: BatchResult[]): string {
  const byRow = new Map(results.map((r) => [r.row, r]));
  const lines = rows.map((row) => {
    const result = byRow.get(row.row);
    const outcome = result?.outcome ?? (row.problem ? 'skipped' : 'not launched');
    const reason = result?.reason ?? row.problem ?? (result ? '' : 'The batch stopped before this row');
    return [String(row.row), row.problem ? row.raw : row.number, outcome, result?.sessionId ?? '', reason, ...varColumns.map((c) => row.vars[c] ?? '')];
  });
  return toCsv(['row', 'number', 'result', 'session_id', 'reason', ...varColumns], lines);
}
