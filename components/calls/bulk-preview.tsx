import type { CallbackRow } from '@/lib/calls/parse-callback-csv';

const shownRows = 200;

/** The parsed rows before a batch starts; invalid rows are marked and will be skipped. */
export function BulkPreview({ rows, varColumns }: { rows: CallbackRow[]; varColumns: string[] }) {
  // Long files show their first rows and every invalid one.
  const shown = rows.filter((row, index) => index < shownRows || row.problem);
  const hidden = rows.length - shown.length;
  return (
    <div className="max-h-80 overflow-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Preview of the rows to call</caption>
        <thead className="sticky top-0 bg-slate-50 text-xs uppercase text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2">Row</th>
            <th scope="col" className="px-3 py-2">Number</th>
            {varColumns.map((column) => (
              <th key={column} scope="col" className="px-3 py-2 normal-case">
                {`{{vars.${column}}}`}
              </th>
            ))}
            <th scope="col" className="px-3 py-2">Check</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {shown.map((row) => (
            <tr key={row.row} className={row.problem ? 'bg-rose-50' : undefined}>
              <td className="px-3 py-1.5">{row.row}</td>
              <td className="whitespace-nowrap px-3 py-1.5">{row.problem ? row.raw : row.number}</td>
              {varColumns.map((column) => (
                <td key={column} className="max-w-48 truncate px-3 py-1.5">
                  {row.vars[column]}
                </td>
              ))}
              <td className="px-3 py-1.5">{row.problem ? <span className="text-rose-900">Excluded — {row.problem}</span> : <span className="text-emerald-900">Ready</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {hidden > 0 && <p className="px-3 py-2 text-xs text-slate-600">…and {hidden} more valid rows.</p>}
    </div>
  );
}
