import Link from 'next/link';
import type { FlowSummary } from '@/lib/server/flows/flow-summary';
import { FlowRowActions, type RowAction } from './flow-row-actions';

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

export function FlowTable({ flows, busy, onAction }: { flows: FlowSummary[]; busy: string | null; onAction: (action: RowAction, flow: FlowSummary) => void }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <thead className="bg-slate-100 text-slate-600">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">Name</th>
            <th scope="col" className="px-4 py-2 font-medium">Status</th>
            <th scope="col" className="px-4 py-2 font-medium">Version</th>
            <th scope="col" className="px-4 py-2 font-medium">Numbers</th>
            <th scope="col" className="px-4 py-2 font-medium">Last edited (UTC)</th>
            <th scope="col" className="px-4 py-2 font-medium">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {flows.map((flow) => (
            <tr key={flow.id}>
              <td className="px-4 py-2 font-medium">
                <Link href={`/flows/${flow.id}`} className="text-blue-800 hover:underline">
                  {flow.name}
                </Link>
              </td>
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
              <td className="px-4 py-2 whitespace-nowrap text-slate-600">{dateFormat.format(flow.updatedAt)}</td>
              <td className="px-4 py-2">
                <FlowRowActions flow={flow} busy={busy} onAction={onAction} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
