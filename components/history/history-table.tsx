import Link from 'next/link';
import type { CallSortKey } from '@/lib/calls/call-query';
import { sessionErrorMeaning } from '@/lib/eightbyeight/status-codes';
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

function SortHeader({ label, column, sort, params }: { label: string; column: CallSortKey; sort: Sort; params: HistoryParams }) {
  const active = sort.sort === column;
  const nextOrder = active && sort.order === 'desc' ? 'asc' : 'desc';
  const ariaSort = active ? (sort.order === 'asc' ? 'ascending' : 'descending') : 'none';
  return (
    <th scope="col" aria-sort={ariaSort} className="px-3 py-2">
      <Link href={`/history${withParams(params, { sort: column, order: nextOrder, page: undefined })}`} className="hover:text-slate-900">
        {label}
        <span aria-hidden className="ml-1">
          {active ? (sort.order === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </Link>
    </th>
  );
}

function errorText(call: HistoryRow): string {
  if (call.errorCode === null) return call.errorMeaning ?? '—';
  return `${call.errorCode}: ${call.errorMeaning ?? sessionErrorMeaning(call.errorCode)}`;
}

/** One page of calls; headers sort through the URL, each row opens the session. */
export function HistoryTable({ calls, flowNames, sort, params }: { calls: HistoryRow[]; flowNames: ReadonlyMap<string, string>; sort: Sort; params: HistoryParams }) {
  const header = (label: string, column: CallSortKey) => <SortHeader label={label} column={column} sort={sort} params={params} />;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Call history, sorted by {sort.sort} {sort.order === 'asc' ? 'ascending' : 'descending'}</caption>
        <thead className="bg-slate-50 text-xs uppercase text-slate-600">
          <tr>
            {header('Started', 'startedAt')}
            <th scope="col" className="px-3 py-2">Direction</th>
            {header('Caller', 'caller')}
            {header('Dialed', 'dialed')}
            <th scope="col" className="px-3 py-2">Flow</th>
            {header('Status', 'status')}
            {header('Duration', 'duration')}
            <th scope="col" className="px-3 py-2">8x8 error</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {calls.map((call) => (
            <tr key={call.id} className="hover:bg-slate-50">
              <td className="whitespace-nowrap px-3 py-2">
                <Link href={`/history/${call.id}`} className="text-blue-800 underline" aria-label={`Call of ${call.startedAt.toISOString()} from ${call.caller ?? 'unknown'}`}>
                  <time dateTime={call.startedAt.toISOString()}>{call.startedAt.toISOString().replace('T', ' ').slice(0, 19)}</time>
                </Link>
              </td>
              <td className="px-3 py-2">{call.direction.toLowerCase()}</td>
              <td className="whitespace-nowrap px-3 py-2">{call.caller ?? '—'}</td>
              <td className="whitespace-nowrap px-3 py-2">{call.dialed ?? '—'}</td>
              <td className="px-3 py-2">
                {(call.flowId && flowNames.get(call.flowId)) ?? '—'}
                {call.flowVersion && <span className="text-xs text-slate-600"> v{call.flowVersion.version}</span>}
              </td>
              <td className="whitespace-nowrap px-3 py-2">
                <CallStatusBadge call={call} />
              </td>
              <td className="whitespace-nowrap px-3 py-2">{formatDuration(call.startedAt, call.endedAt)}</td>
              <td className="px-3 py-2 text-slate-700">{errorText(call)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
