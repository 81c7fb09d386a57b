import { Table, type Column } from '@/components/ui/table';
import type { ImportProblem } from '@/lib/do-not-call/read-do-not-call-csv';
import type { DoNotCallImportResult } from '@/lib/server/do-not-call/import-do-not-call';

const count = (n: number) => n.toLocaleString('en');

const problemColumns: ReadonlyArray<Column<ImportProblem>> = [
  { header: 'Line', align: 'right', className: 'w-16 font-mono', cell: (problem) => problem.line },
  { header: 'Problem', cell: (problem) => problem.reason },
];

/** What an import did, in counts that add up to the rows read, and the bad lines to fix in the file. */
export function ImportSummary({ file, result }: { file: string; result: DoNotCallImportResult }) {
  const column = result.numberColumn.name ? `the “${result.numberColumn.name}” column` : 'the first column (no header row)';
  const facts: Array<[string, number]> = [
    ['Added', result.added],
    ['Already on the list', result.alreadyListed],
    ['Repeated in the file', result.duplicates],
    ['Bad rows', result.invalidCount],
  ];
  return (
    <section aria-label={`Import of ${file}`} className="space-y-3 rounded border border-slate-200 bg-slate-50 p-3 text-sm">
      <p role="status">
        Imported {file}: {count(result.rows)} row{result.rows === 1 ? '' : 's'}, numbers read from {column}.
      </p>
      <dl className="grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-4">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt className="text-xs text-slate-600">{label}</dt>
            <dd className="text-lg font-semibold">{count(value)}</dd>
          </div>
        ))}
      </dl>
      {result.invalidCount > 0 && (
        <div className="space-y-1">
          <p>
            {result.invalid.length < result.invalidCount
              ? `The first ${count(result.invalid.length)} of ${count(result.invalidCount)} bad rows, by line in the file:`
              : 'Bad rows, by line in the file (fix them and import the file again; numbers already added are kept once):'}
          </p>
          {/* Focusable, so the list scrolls from the keyboard too. */}
          <div tabIndex={0} role="region" aria-label={`Bad rows in ${file}`} className="max-h-64 overflow-y-auto rounded border border-slate-200 bg-white p-2">
            <Table caption={`Bad rows in ${file}`} columns={problemColumns} rows={result.invalid} rowKey={(problem) => String(problem.line)} variant="plain" />
          </div>
        </div>
      )}
    </section>
  );
}
