'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Table, type Column } from '@/components/ui/table';
import { sessionStatusMeaning } from '@/lib/eightbyeight/status-codes';
import { callApi } from '@/lib/http/call-api';
import type { CallFlow } from './use-flow-source';

type CallRow = {
  id: string;
  caller: string | null;
  dialed: string | null;
  status: string;
  startedAt: string;
  endedAt: string | null;
  finalStatus: string | null;
  errorCode: number | null;
  errorMeaning: string | null;
  flowId: string | null;
  flowVersion: { version: number } | null;
};

const listUrl = '/api/calls?direction=OUTBOUND&pageSize=20';
const pollEveryMs = 3000;

const isLive = (call: CallRow) => call.endedAt === null && call.finalStatus === null;

/** The latest outbound calls; re-read every 3 s while any is still live, and whenever `refreshKey` changes. */
export function RecentCalls({ flows, refreshKey }: { flows: CallFlow[]; refreshKey: number }) {
  const [calls, setCalls] = useState<CallRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [manual, setManual] = useState(0);
  const live = calls?.some(isLive) ?? false;

  useEffect(() => {
    let current = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = async () => {
      const result = await callApi<{ calls: CallRow[] }>(listUrl);
      if (!current) return;
      if (result.ok) {
        setCalls(result.data.calls);
        setError(null);
      } else {
        setError(`The call list could not be loaded: ${result.message}`);
      }
      if (!result.ok || result.data.calls.some(isLive)) timer = setTimeout(load, pollEveryMs);
    };
    void load();
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [refreshKey, manual]);

  const flowName = (id: string | null) => flows.find((f) => f.id === id)?.name ?? '—';

  return (
    <div className="space-y-2">
      <div className="flex items-center gap-3">
        <p className="text-xs text-slate-600" aria-live="polite">
          {live ? 'Updating every 3 seconds while a call is live.' : 'No call is live.'}
        </p>
        <Button variant="small" className="ml-auto" onClick={() => setManual((n) => n + 1)}>
          Refresh
        </Button>
      </div>
      {error && (
        <p role="alert" className="text-sm text-rose-800">
          {error}
        </p>
      )}
      {calls === null ? (
        <p className="text-sm text-slate-600">Loading calls…</p>
      ) : (
        <Table caption="Recent outbound calls, newest first" columns={columns(flowName)} rows={calls} rowKey={(call) => call.id} empty="No outbound calls yet." />
      )}
    </div>
  );
}

function columns(flowName: (id: string | null) => string): Array<Column<CallRow>> {
  return [
    { header: 'Started', className: 'whitespace-nowrap', cell: (call) => new Date(call.startedAt).toLocaleString() },
    { header: 'To', className: 'whitespace-nowrap', cell: (call) => call.caller ?? '—' },
    { header: 'From', className: 'whitespace-nowrap', cell: (call) => call.dialed ?? '—' },
    {
      header: 'Flow',
      cell: (call) => (
        <>
          {flowName(call.flowId)}
          {call.flowVersion && <span className="text-xs text-slate-600"> v{call.flowVersion.version}</span>}
        </>
      ),
    },
    { header: 'Status', className: 'whitespace-nowrap', cell: (call) => <StatusBadge call={call} /> },
    { header: 'What happened', className: 'text-slate-700', cell: meaningOf },
    {
      header: 'Session',
      className: 'font-mono text-xs',
      cell: (call) => (
        <Link href={`/history/${call.id}`} className="text-blue-800 underline">
          {call.id}
        </Link>
      ),
    },
  ];
}

function StatusBadge({ call }: { call: CallRow }) {
  if (isLive(call)) return <span className="rounded-full bg-sky-100 px-2 py-0.5 text-xs font-medium text-sky-900">live · {call.status.toLowerCase()}</span>;
  const good = call.finalStatus === 'COMPLETED';
  return (
    <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${good ? 'bg-emerald-100 text-emerald-900' : 'bg-rose-100 text-rose-900'}`}>
      {(call.finalStatus ?? call.status).toLowerCase().replaceAll('_', ' ')}
    </span>
  );
}

function meaningOf(call: CallRow): string {
  const code = call.errorMeaning ? `${call.errorMeaning}${call.errorCode !== null ? ` (${call.errorCode})` : ''}` : null;
  if (call.finalStatus === 'NOT_CREATED') return `8x8 refused: ${code ?? 'no reason given'}`;
  if (isLive(call)) return 'In progress.';
  const meaning = sessionStatusMeaning(call.finalStatus ?? call.status);
  return code ? `${meaning} ${code}` : meaning;
}
