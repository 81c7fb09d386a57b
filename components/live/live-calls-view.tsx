'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import type { LiveCall } from '@/lib/live/live-call';
import { useLiveCalls, type Connection } from './use-live-calls';

const connectionStyles: Record<Connection, { label: string; className: string }> = {
  connecting: { label: 'Connecting…', className: 'bg-slate-100 text-slate-800' },
  live: { label: 'Live', className: 'bg-emerald-100 text-emerald-900' },
  reconnecting: { label: 'Reconnecting…', className: 'bg-amber-100 text-amber-950' },
};

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
  const state = connectionStyles[connection];

  return (
    <div className="space-y-4">
      <div className="flex items-center gap-3">
        <h1 id="live-heading" className="text-2xl font-semibold text-slate-900">
          Live calls
        </h1>
        <span role="status" aria-label={`Connection: ${state.label}`} className={`rounded-full px-2.5 py-0.5 text-xs font-semibold ${state.className}`}>
          {state.label}
        </span>
        <Link href="/calls" className="ml-auto text-sm text-slate-700 underline hover:text-slate-900">
          Call history
        </Link>
      </div>
      {calls === null ? (
        <p className="text-sm text-slate-600">Loading calls in progress…</p>
      ) : calls.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-600">No calls in progress</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Calls in progress, newest first</caption>
            <thead className="bg-slate-50 text-xs uppercase text-slate-600">
              <tr>
                <th scope="col" className="px-3 py-2">Duration</th>
                <th scope="col" className="px-3 py-2">Direction</th>
                <th scope="col" className="px-3 py-2">Caller</th>
                <th scope="col" className="px-3 py-2">Our number</th>
                <th scope="col" className="px-3 py-2">Flow</th>
                <th scope="col" className="px-3 py-2">Status</th>
                <th scope="col" className="px-3 py-2">Current node</th>
                <th scope="col" className="px-3 py-2">Session</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {calls.map((call) => (
                <LiveCallRow key={call.id} call={call} now={now} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

function LiveCallRow({ call, now }: { call: LiveCall; now: number }) {
  return (
    <tr data-session-id={call.id}>
      <td className="whitespace-nowrap px-3 py-2 font-mono tabular-nums" title={`Started ${new Date(call.startedAt).toLocaleString()}`}>
        {duration(call.startedAt, now)}
      </td>
      <td className="whitespace-nowrap px-3 py-2">{call.direction === 'INBOUND' ? 'Inbound' : 'Outbound'}</td>
      <td className="whitespace-nowrap px-3 py-2">{call.caller ?? '—'}</td>
      <td className="whitespace-nowrap px-3 py-2">{call.dialed ?? '—'}</td>
      <td className="px-3 py-2">
        {call.flowName ?? '—'}
        {call.flowVersion !== null && <span className="text-xs text-slate-600"> v{call.flowVersion}</span>}
      </td>
      <td className="whitespace-nowrap px-3 py-2">
        <span className="rounded-full bg-sky-100 px-2 py-0.5 text-xs font-medium text-sky-900">{call.status.toLowerCase().replaceAll('_', ' ')}</span>
      </td>
      <td className="px-3 py-2 font-mono text-xs text-slate-700">{call.currentNodeId ?? '—'}</td>
      <td className="px-3 py-2 font-mono text-xs text-slate-700">{call.id}</td>
    </tr>
  );
}
