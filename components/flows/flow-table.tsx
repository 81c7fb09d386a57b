import type { FlowSummary } from '@/lib/server/flows/list-flows';

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

export function FlowTable({ flows }: { flows: FlowSummary[] }) {
  if (flows.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
        No flows yet. Create one with <code className="font-mono">POST /api/flows</code> from a template or a JSON document.
      </p>
    );
  }
  return (
    <div className="overflow-hidden rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <thead className="bg-slate-100 text-slate-600">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">Name</th>
            <th scope="col" className="px-4 py-2 font-medium">Status</th>
            <th scope="col" className="px-4 py-2 font-medium">Version</th>
            <th scope="col" className="px-4 py-2 font-medium">Numbers</th>
            <th scope="col" className="px-4 py-2 font-medium">Last edited (UTC)</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {flows.map((flow) => (
            <tr key={flow.id}>
              <td className="px-4 py-2 font-medium">{flow.name}</td>
              <td className="px-4 py-2">
                <span
                  className={
                    flow.status === 'published'
                      ? 'rounded bg-emerald-100 px-2 py-0.5 text-emerald-800'
                      : 'rounded bg-amber-100 px-2 py-0.5 text-amber-800'
                  }
                >
                  {flow.status}
                </span>
              </td>
              <td className="px-4 py-2">{flow.publishedVersion ? `v${flow.publishedVersion}` : '—'}</td>
              <td className="px-4 py-2 font-mono text-xs">{flow.numbers.join(', ') || '—'}</td>
              <td className="px-4 py-2 text-slate-600">{dateFormat.format(flow.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
