'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { Table, type Column } from '@/components/ui/table';
import type { LiveCall } from '@/lib/live/live-call';
import { DatabaseStatus } from './database-status';
import { ConnectionBadge } from './connection-badge';
import { useLiveCalls } from './use-live-calls';

/** The clock the durations tick on: one timer for the whole table. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

function duration(fromIso: string, now: number): string {
  const total = Math.max(0, Math.floor((now - Date.parse(fromIso)) / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** The calls in progress, updated as webhooks arrive on any server. */
export function LiveCallsView() {
  const { calls, connection } = useLiveCalls();
  const now = useNow();

  return (
    <div className="space-y-4">
      <div className="flex items-center gap-3">
        <h1 id="live-heading" className="text-2xl font-semibold text-slate-900">
          Live calls
        </h1>
        <ConnectionBadge connection={connection} />
        <Link href="/calls" className="ml-auto text-sm text-slate-700 underline hover:text-slate-900">
          Call history
        </Link>
      </div>
      <DatabaseStatus />
      {calls === null ? (
        <p className="text-sm text-slate-600">Loading calls in progress…</p>
      ) : (
        <Table caption="Calls in progress, newest first" columns={columns(now)} rows={calls} rowKey={(call) => call.id} empty="No calls in progress" />
      )}
    </div>
  );
}

function columns(now: number): Array<Column<LiveCall>> {
  return [
    {
      header: 'Duration',
      className: 'whitespace-nowrap font-mono tabular-nums',
      cell: (call) => <span title={`Started ${new Date(call.startedAt).toLocaleString()}`}>{duration(call.startedAt, now)}</span>,
    },
    { header: 'Direction', className: 'whitespace-nowrap', cell: (call) => (call.direction === 'INBOUND' ? 'Inbound' : 'Outbound') },
    { header: 'Caller', className: 'whitespace-nowrap', cell: (call) => call.caller ?? '—' },
    { header: 'Our number', className: 'whitespace-nowrap', cell: (call) => call.dialed ?? '—' },
    {
      header: 'Flow',
      cell: (call) => (
        <>
          {call.flowName ?? '—'}
          {call.flowVersion !== null && <span className="text-xs text-slate-600"> v{call.flowVersion}</span>}
        </>
      ),
    },
    {
      header: 'Status',
      className: 'whitespace-nowrap',
      cell: (call) => <span className="rounded-full bg-sky-100 px-2 py-0.5 text-xs font-medium text-sky-900">{call.status.toLowerCase().replaceAll('_', ' ')}</span>,
    },
    { header: 'Current node', className: 'font-mono text-xs text-slate-700', cell: (call) => call.currentNodeId ?? '—' },
    { header: 'Session', className: 'font-mono text-xs text-slate-700', cell: (call) => call.id },
  ];
}
