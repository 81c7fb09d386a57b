import Link from 'next/link';
import { auditActionLabels, type AuditAction } from '@/lib/audit/audit-actions';
import type { AuditEntryView } from '@/lib/server/audit/list-audit';

const actorKinds: Record<string, string> = { user: 'user', token: 'API token', system: 'the app', anonymous: 'not signed in' };

const actionLabel = (action: string) => auditActionLabels[action as AuditAction] ?? action;

/** One page of audit entries. Who and what each link to the entries of that actor or target. */
export function AuditTable({ entries }: { entries: AuditEntryView[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Audit log entries, newest first</caption>
        <thead className="bg-slate-50 text-xs uppercase text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2">When (UTC)</th>
            <th scope="col" className="px-3 py-2">Who</th>
            <th scope="col" className="px-3 py-2">From</th>
            <th scope="col" className="px-3 py-2">What</th>
            <th scope="col" className="px-3 py-2">Summary</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {entries.map((entry) => (
            <tr key={entry.id} className="align-top">
              <td className="whitespace-nowrap px-3 py-2">
                <time dateTime={entry.at.toISOString()}>{entry.at.toISOString().replace('T', ' ').slice(0, 19)}</time>
              </td>
              <td className="px-3 py-2">
                {entry.actorId ? (
                  <Link href={`/audit?actor=${encodeURIComponent(entry.actorId)}`} className="text-blue-800 underline" title={`Entries by ${entry.actorLabel}`}>
                    {entry.actorLabel}
                  </Link>
                ) : (
                  <span>{entry.actorLabel}</span>
                )}
                <span className="block text-xs text-slate-600">{actorKinds[entry.actorType] ?? entry.actorType}</span>
              </td>
              <td className="whitespace-nowrap px-3 py-2 font-mono text-xs">{entry.ip ?? '—'}</td>
              <td className="whitespace-nowrap px-3 py-2">
                <span className="font-medium">{actionLabel(entry.action)}</span>
                <span className="block font-mono text-xs text-slate-600">{entry.action}</span>
              </td>
              <td className="px-3 py-2">
                <p>{entry.summary}</p>
                {entry.targetType && entry.targetId && (
                  <Link
                    href={`/audit?targetType=${entry.targetType}&targetId=${encodeURIComponent(entry.targetId)}`}
                    className="text-xs text-blue-800 underline"
                  >
                    All entries for this {entry.targetType}
                  </Link>
                )}
                {entry.details !== null && (
                  <details className="mt-1 text-xs">
                    <summary className="cursor-pointer text-slate-700">Details</summary>
                    <pre className="mt-1 max-w-xl overflow-x-auto whitespace-pre-wrap rounded bg-slate-50 p-2 font-mono">{JSON.stringify(entry.details, null, 2)}</pre>
                  </details>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
