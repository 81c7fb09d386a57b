import Link from 'next/link';
import type { CallSortKey } from '@/lib/calls/call-query';
import { sessionErrorMeaning } from '@/lib/eightbyeight/status-codes';
import { Table, type Column } from '@/components/ui/table';
import { CallStatusBadge, formatDuration } from './call-status-badge';
import { withParams, type HistoryParams } from './history-params';

export type HistoryRow = {
  id: string;
  direction: string;
  caller: string | null;
  dialed: string | null;
  status: string;
  startedAt: Date;
  endedAt: Date | null;
  finalStatus: string | null;
  errorCode: number | null;
  errorMeaning: string | null;
  flowId: string | null;
  flowVersion: { version: number } | null;
};

type Sort = { sort: CallSortKey; order: 'asc' | 'desc' };

function errorText(call: HistoryRow): string {
  if (call.errorCode === null) return call.errorMeaning ?? '—';
  return `${call.errorCode}: ${call.errorMeaning ?? sessionErrorMeaning(call.errorCode)}`;
}

/** One page of calls; headers sort through the URL, each row opens the session. */
export function HistoryTable({ calls, flowNames, sort, params }: { calls: HistoryRow[]; flowNames: ReadonlyMap<string, string>; sort: Sort; params: HistoryParams }) {
  // A sorted column's header flips the order; another column's sorts descending first.
  const sortBy = (column: CallSortKey): Column<HistoryRow>['sort'] => {
    const active = sort.sort === column;
    const order = active && sort.order === 'desc' ? 'asc' : 'desc';
    return {
      href: `/history${withParams(params, { sort: column, order, page: undefined })}`,
      direction: active ? (sort.order === 'asc' ? 'ascending' : 'descending') : null,
    };
  };
  const columns: Array<Column<HistoryRow>> = [
    {
      header: 'Started',
      sort: sortBy('startedAt'),
      className: 'whitespace-nowrap',
      cell: (call) => (
        <Link href={`/history/${call.id}`} className="text-blue-800 underline" aria-label={`Call of ${call.startedAt.toISOString()} from ${call.caller ?? 'unknown'}`}>
          <time dateTime={call.startedAt.toISOString()}>{call.startedAt.toISOString().replace('T', ' ').slice(0, 19)}</time>
        </Link>
      ),
    },
    { header: 'Direction', cell: (call) => call.direction.toLowerCase() },
    { header: 'Caller', sort: sortBy('caller'), className: 'whitespace-nowrap', cell: (call) => call.caller ?? '—' },
    { header: 'Dialed', sort: sortBy('dialed'), className: 'whitespace-nowrap', cell: (call) => call.dialed ?? '—' },
    {
      header: 'Flow',
      cell: (call) => (
        <>
          {(call.flowId && flowNames.get(call.flowId)) ?? '—'}
          {call.flowVersion && <span className="text-xs text-slate-600"> v{call.flowVersion.version}</span>}
        </>
      ),
    },
    { header: 'Status', sort: sortBy('status'), className: 'whitespace-nowrap', cell: (call) => <CallStatusBadge call={call} /> },
    { header: 'Duration', sort: sortBy('duration'), className: 'whitespace-nowrap', cell: (call) => formatDuration(call.startedAt, call.endedAt) },
    { header: '8x8 error', className: 'text-slate-700', cell: errorText },
  ];
  return (
    <Table
      caption={`Call history, sorted by ${sort.sort} ${sort.order === 'asc' ? 'ascending' : 'descending'}`}
      columns={columns}
      rows={calls}
      rowKey={(call) => call.id}
      rowClassName={() => 'hover:bg-slate-50'}
    />
  );
}
