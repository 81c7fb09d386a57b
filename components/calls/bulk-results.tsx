import { Table, type Column } from '@/components/ui/table';
import type { BatchResult } from '@/lib/calls/run-batch';

const outcomeStyle: Record<BatchResult['outcome'], string> = {
  created: 'bg-emerald-100 text-emerald-900',
  failed: 'bg-rose-100 text-rose-900',
  skipped: 'bg-amber-100 text-amber-900',
};

const columns: Array<Column<BatchResult>> = [
  { header: 'Row', cell: (result) => result.row },
  { header: 'Number', className: 'whitespace-nowrap', cell: (result) => result.number },
  { header: 'Result', cell: (result) => <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${outcomeStyle[result.outcome]}`}>{result.outcome}</span> },
  { header: '8x8 session or reason', cell: (result) => (result.sessionId ? <span className="font-mono text-xs">{result.sessionId}</span> : result.reason) },
];

/** What each row of the batch came to, filled in as the batch goes. */
export function BulkResults({ results }: { results: BatchResult[] }) {
  return <Table caption="Batch results" columns={columns} rows={results} rowKey={(result) => String(result.row)} className="max-h-96" />;
}
