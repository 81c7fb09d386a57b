import { z } from 'zod';

// The HTTP requests (data dips) a reply made, as stored with its event (call_event.data_dips):
// already without secrets. Parsed here because a JSON column is only as typed as what wrote it.
const storedDip = z.object({
  nodeId: z.string(),
  method: z.string(),
  url: z.string(),
  outcome: z.enum(['success', 'failed', 'timedOut']),
  status: z.number().nullable(),
  ms: z.number(),
  response: z.string(),
  error: z.string().optional(),
});
const storedDips = z.array(storedDip);

const outcomeLabels = { success: 'Success', failed: 'Failed', timedOut: 'Timed out' } as const;
const outcomeClasses = { success: 'text-emerald-800', failed: 'text-rose-800', timedOut: 'text-amber-800' } as const;

export function DataDipList({ value }: { value: unknown }) {
  const parsed = storedDips.safeParse(value);
  if (!parsed.success || parsed.data.length === 0) return null;
  return (
    <ul aria-label="HTTP requests" className="mt-2 space-y-1">
      {parsed.data.map((dip, index) => (
        <li key={index} className="rounded border border-slate-200 bg-slate-50 p-2 text-xs" data-testid="data-dip">
          <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
            <span className="font-semibold text-slate-900">HTTP request</span>
            <span className="text-slate-700">at node {dip.nodeId}</span>
            <span className="break-all font-mono text-slate-900">
              {dip.method} {dip.url}
            </span>
            <span className="text-slate-700">{dip.status === null ? 'no status' : `status ${dip.status}`}</span>
            <span className="text-slate-700">{dip.ms} ms</span>
            <span className={`font-semibold ${outcomeClasses[dip.outcome]}`}>{outcomeLabels[dip.outcome]}</span>
          </div>
          {dip.error && <p className="mt-1 text-rose-800">{dip.error}</p>}
          {dip.response && (
            <details className="mt-1">
              <summary className="cursor-pointer text-blue-800">Response (first 2000 characters)</summary>
              <pre tabIndex={0} role="region" aria-label={`Response to ${dip.method} ${dip.url}`} className="mt-1 max-h-60 overflow-auto whitespace-pre-wrap rounded bg-slate-900 p-2 text-slate-100">
                {dip.response}
              </pre>
            </details>
          )}
        </li>
      ))}
    </ul>
  );
}
