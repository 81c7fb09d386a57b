import type { BatchResult } from '@/lib/calls/run-batch';
import type { BatchStatus } from './use-bulk-run';

/** How far the batch is, as a bar and in words. */
export function BulkProgress({ status, total, results }: { status: BatchStatus; total: number; results: BatchResult[] }) {
  const done = results.length;
  const percent = total === 0 ? 100 : Math.round((done / total) * 100);
  const count = (outcome: BatchResult['outcome']) => results.filter((r) => r.outcome === outcome).length;
  const tally = `${count('created')} created, ${count('failed')} failed, ${count('skipped')} skipped`;
  const words = {
    idle: '',
    running: `Running: ${done} of ${total} rows — ${tally}.`,
    paused: `Paused after ${done} of ${total} rows — ${tally}.`,
    done: `Done: ${total} rows — ${tally}.`,
    cancelled: `Cancelled after ${done} of ${total} rows — ${tally}. The rest were not called.`,
  }[status];
  return (
    <div className="space-y-1">
      <div
        role="progressbar"
        aria-label="Batch progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${done} of ${total} rows (${percent}%)`}
        className="h-3 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div className="h-full bg-blue-700 transition-[width]" style={{ width: `${percent}%` }} />
      </div>
      <p role="status" className="text-sm text-slate-700">
        {words}
      </p>
    </div>
  );
}
