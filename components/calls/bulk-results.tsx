import type { BatchResult } from '@/lib/calls/run-batch';

const outcomeStyle: Record<BatchResult['outcome'], string> = {
  created: 'bg-emerald-100 text-emerald-900',
  failed: 'bg-rose-100 text-rose-900',
  skipped: 'bg-amber-100 text-amber-900',
};

/** What each row of the batch came to, filled in as the batch goes. */
export function BulkResults({ results }: { results: BatchResult[] }) {
  return (
    <div className="max-h-96 overflow-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Batch results</caption>
        <thead className="sticky top-0 bg-slate-50 text-xs uppercase text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2">Row</th>
            <th scope="col" className="px-3 py-2">Number</th>
            <th scope="col" className="px-3 py-2">Result</th>
            <th scope="col" className="px-3 py-2">8x8 session or reason</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {results.map((result) => (
            <tr key={result.row}>
              <td className="px-3 py-1.5">{result.row}</td>
              <td className="whitespace-nowrap px-3 py-1.5">{result.number}</td>
              <td className="px-3 py-1.5">
                <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${outcomeStyle[result.outcome]}`}>{result.outcome}</span>
              </td>
              <td className="px-3 py-1.5">{result.sessionId ? <span className="font-mono text-xs">{result.sessionId}</span> : result.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
