'use client';

import Link from 'next/link';
import { useCan } from '@/components/auth/actor-context';
import { formatWhen } from '@/components/auth/format-when';
import { Button } from '@/components/ui/button';
import { Table, type Column } from '@/components/ui/table';
import { sourceLabel } from '@/lib/do-not-call/do-not-call-input';
import type { DoNotCallEntry } from '@/lib/server/do-not-call/do-not-call-entry';

/** One page of the list: the number, how it got there, why, who added it and when. */
export function DoNotCallTable({ entries, onRemove }: { entries: DoNotCallEntry[]; onRemove: (entry: DoNotCallEntry) => void }) {
  const remove = useCan('dnc.remove');
  const columns: Array<Column<DoNotCallEntry>> = [
    { header: 'Number', rowHeader: true, className: 'whitespace-nowrap font-mono', cell: (entry) => entry.number },
    {
      header: 'Source',
      className: 'whitespace-nowrap',
      cell: (entry) => (
        <>
          {sourceLabel(entry.source)}
          {entry.sessionId && (
            <Link href={`/history/${encodeURIComponent(entry.sessionId)}`} className="block text-xs text-blue-800 underline">
              The call
            </Link>
          )}
        </>
      ),
    },
    { header: 'Reason', cell: (entry) => entry.reason ?? <span className="text-slate-500">—</span> },
    {
      header: 'Added (UTC)',
      className: 'text-slate-600',
      cell: (entry) => (
        <>
          <span className="whitespace-nowrap">{formatWhen(entry.addedAt)}</span>
          <span className="block text-xs">by {entry.addedByLabel ?? 'the caller'}</span>
        </>
      ),
    },
    {
      header: 'Actions',
      hideHeader: true,
      align: 'right',
      cell: (entry) => (
        <Button variant="small" className="text-rose-800" aria-label={`Remove ${entry.number}`} aria-haspopup="dialog" deniedReason={remove.reason} onClick={() => onRemove(entry)}>
          Remove
        </Button>
      ),
    },
  ];
  return <Table caption="Numbers on the do-not-call list" columns={columns} rows={entries} rowKey={(entry) => entry.number} />;
}
