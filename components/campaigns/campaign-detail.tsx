'use client';

import Link from 'next/link';
import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartCard } from '@/components/analytics/chart-card';
import { useCan } from '@/components/auth/actor-context';
import { Button, buttonStyles } from '@/components/ui/button';
import { ConnectionBadge } from '@/components/live/connection-badge';
import { campaignOverlayHref } from '@/components/flow/analytics/overlay-settings';
import { ErrorMessage } from '@/components/ui/field';
import { contactStateLabels, contactStates, type ContactState } from '@/lib/campaigns/campaign-input';
import { callApi } from '@/lib/http/call-api';
import { useCampaignView, type CampaignViewJson } from './use-campaign-view';

const live = new Set(['RUNNING', 'PAUSED']);
const duration = (s: number | null) => (s === null ? '—' : s < 90 ? `${s} s` : s < 5400 ? `${Math.round(s / 60)} min` : `${(s / 3600).toFixed(1)} h`);

/** A campaign's live counts (streamed), pace, time left, chart, and the controls for those who may use them. */
export function CampaignDetail({ id, initial }: { id: string; initial: CampaignViewJson }) {
  const { view, setView, connection } = useCampaignView(id, initial);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // A role that may not run campaigns gets no controls at all: the page is its to read.
  const controls = useCan('campaigns.run').allowed;

  const act = async (action: 'pause' | 'resume' | 'cancel') => {
    setBusy(true);
    const result = await callApi<{ status: string }>(`/api/campaigns/${id}/${action}`, { method: 'POST' });
    setBusy(false);
    setProblem(result.ok ? null : result.message);
    if (result.ok) setView((v) => ({ ...v, status: result.data.status }));
  };

  const shown: ContactState[] = contactStates.filter((s) => s !== 'EXPIRED' || view.counts.EXPIRED > 0);
  const chart = view.series.map((p) => ({ label: p.at.slice(11, 19), dialed: p.dialed / 10 }));
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center gap-3">
        <h1 id="campaign-heading" className="text-2xl font-semibold">
          {view.name}
        </h1>
        <span role="status" aria-label="Campaign status" className="rounded-full bg-slate-100 px-2.5 py-0.5 text-xs font-semibold text-slate-900">
          {view.status.toLowerCase()}
        </span>
        {connection && <ConnectionBadge connection={connection} />}
        <div className="ml-auto flex gap-2">
          {controls && view.status === 'RUNNING' && <Button disabled={busy} onClick={() => void act('pause')}>Pause</Button>}
          {controls && view.status === 'PAUSED' && <Button variant="primary" disabled={busy} onClick={() => void act('resume')}>Resume</Button>}
          {controls && live.has(view.status) && <Button variant="danger" disabled={busy} onClick={() => void act('cancel')}>Cancel campaign</Button>}
          <a className={buttonStyles.secondary} href={`/api/campaigns/${id}/export.csv`}>Export results (CSV)</a>
        </div>
      </div>
      {view.startedAt && (
        <Link href={campaignOverlayHref(view.flowId, id)} className="inline-block text-sm text-blue-800 underline">
          See this campaign’s calls in the designer
        </Link>
      )}
      {view.waitingToStart && (
        <p className="rounded border border-blue-200 bg-blue-50 px-3 py-2 text-sm text-blue-950">
          Starts at{' '}
          <time dateTime={view.startAt} suppressHydrationWarning>
            {new Date(view.startAt).toLocaleString()}
          </time>{' '}
          (your time): no call is made before then.
        </p>
      )}
      <ErrorMessage message={problem} />
      <dl aria-label="Progress" className="grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-4">
        {shown.map((state) => (
          <div key={state}>
            <dt className="text-slate-600">{contactStateLabels[state]}</dt>
            <dd className="text-lg font-semibold" data-state={state}>{view.counts[state].toLocaleString('en')}</dd>
          </div>
        ))}
        <div>
          <dt className="text-slate-600">In a call now</dt>
          <dd className="text-lg font-semibold">{view.inCall}</dd>
        </div>
        <div>
          <dt className="text-slate-600">Pace (calls per second)</dt>
          <dd className="text-lg font-semibold">{view.rate.achieved === null ? '—' : view.rate.achieved.toFixed(1)} of {view.rate.set}</dd>
        </div>
        <div>
          <dt className="text-slate-600">Time left (estimate)</dt>
          <dd className="text-lg font-semibold">{duration(view.secondsLeft)}</dd>
        </div>
        <div>
          <dt className="text-slate-600">Calls made</dt>
          <dd className="text-lg font-semibold">{view.dialed.toLocaleString('en')}</dd>
        </div>
      </dl>
      <ChartCard id="campaign-pace" title="Calls per second, in 10-second steps (UTC)" summary={`${view.dialed} calls made over ${view.series.length} ten-second steps; set pace ${view.rate.set} per second.`}>
        <ResponsiveContainer width="100%" height={200}>
          <BarChart data={chart}>
            <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
            <XAxis dataKey="label" tick={{ fontSize: 11, fill: '#334155' }} minTickGap={12} />
            <YAxis tick={{ fontSize: 11, fill: '#334155' }} width={32} />
            <Tooltip />
            <Bar dataKey="dialed" name="Calls per second" fill="#1d4ed8" />
          </BarChart>
        </ResponsiveContainer>
      </ChartCard>
    </div>
  );
}
