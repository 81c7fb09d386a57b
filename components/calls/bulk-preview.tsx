import { Table, type Column } from '@/components/ui/table';
import type { CallbackRow } from '@/lib/calls/parse-callback-csv';

const shownRows = 200;

/** The parsed rows before a batch starts; invalid rows are marked and will be skipped. */
export function BulkPreview({ rows, varColumns }: { rows: CallbackRow[]; varColumns: string[] }) {
  // Long files show their first rows and every invalid one.
  const shown = rows.filter((row, index) => index < shownRows || row.problem);
  const hidden = rows.length - shown.length;
  const columns: Array<Column<CallbackRow>> = [
    { header: 'Row', cell: (row) => row.row },
    { header: 'Number', className: 'whitespace-nowrap', cell: (row) => (row.problem ? row.raw : row.number) },
    ...varColumns.map((column) => ({ header: `{{vars.${column}}}`, className: 'max-w-48 truncate', cell: (row: CallbackRow) => row.vars[column] })),
    {
      header: 'Check',
      cell: (row) => (row.problem ? <span className="text-rose-900">Excluded — {row.problem}</span> : <span className="text-emerald-900">Ready</span>),
    },
  ];
  return (
    <div>
      <Table
        caption="Preview of the rows to call"
        columns={columns}
        rows={shown}
        rowKey={(row) => String(row.row)}
        rowClassName={(row) => (row.problem ? 'bg-rose-50' : undefined)}
        className="max-h-80"
      />
      {hidden > 0 && <p className="px-3 py-2 text-xs text-slate-600">…and {hidden} more valid rows.</p>}
    </div>
  );
}
