import Link from 'next/link';
import { auditActionLabels, type AuditAction } from '@/lib/audit/audit-actions';
import type { AuditEntryView } from '@/lib/server/audit/list-audit';
import { Table, type Column } from '@/components/ui/table';

const actorKinds: Record<string, string> = { user: 'user', token: 'API token', system: 'the app', anonymous: 'not signed in' };

const actionLabel = (action: string) => auditActionLabels[action as AuditAction] ?? action;

const columns: Array<Column<AuditEntryView>> = [
  {
    header: 'When (UTC)',
    className: 'whitespace-nowrap',
    cell: (entry) => <time dateTime={entry.at.toISOString()}>{entry.at.toISOString().replace('T', ' ').slice(0, 19)}</time>,
  },
  {
    header: 'Who',
    cell: (entry) => (
      <>
        {entry.actorId ? (
          <Link href={`/audit?actor=${encodeURIComponent(entry.actorId)}`} className="text-blue-800 underline" title={`Entries by ${entry.actorLabel}`}>
            {entry.actorLabel}
          </Link>
        ) : (
          <span>{entry.actorLabel}</span>
        )}
        <span className="block text-xs text-slate-600">{actorKinds[entry.actorType] ?? entry.actorType}</span>
      </>
    ),
  },
  { header: 'From', className: 'whitespace-nowrap font-mono text-xs', cell: (entry) => entry.ip ?? '—' },
  {
    header: 'What',
    className: 'whitespace-nowrap',
    cell: (entry) => (
      <>
        <span className="font-medium">{actionLabel(entry.action)}</span>
        <span className="block font-mono text-xs text-slate-600">{entry.action}</span>
      </>
    ),
  },
  {
    header: 'Summary',
    cell: (entry) => (
      <>
        <p>{entry.summary}</p>
        {entry.targetType && entry.targetId && (
          <Link href={`/audit?targetType=${entry.targetType}&targetId=${encodeURIComponent(entry.targetId)}`} className="text-xs text-blue-800 underline">
            All entries for this {entry.targetType}
          </Link>
        )}
        {entry.details !== null && (
          <details className="mt-1 text-xs">
            <summary className="cursor-pointer text-slate-700">Details</summary>
            <pre className="mt-1 max-w-xl overflow-x-auto whitespace-pre-wrap rounded bg-slate-50 p-2 font-mono">{JSON.stringify(entry.details, null, 2)}</pre>
          </details>
        )}
      </>
    ),
  },
];

/** One page of audit entries. Who and what each link to the entries of that actor or target. */
export function AuditTable({ entries }: { entries: AuditEntryView[] }) {
  return <Table caption="Audit log entries, newest first" columns={columns} rows={entries} rowKey={(entry) => entry.id} rowClassName={() => 'align-top'} />;
}
