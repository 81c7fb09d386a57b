'use client';

import Link from 'next/link';
import { useState } from 'react';
import { RoleNotice } from '@/components/auth/role-notice';
import type { LaunchOutcome } from '@/lib/calls/launch-outcome';
import { RecentCalls } from './recent-calls';
import { SingleCallForm } from './single-call-form';
import { useAccountNumbers } from './use-account-numbers';
import type { CallFlow } from './use-flow-source';

const card = 'space-y-3 rounded-lg border border-slate-200 bg-white p-5';

/** Outbound calling: one call, and the latest outbound calls (lists of contacts are campaigns). */
export function CallsView({ flows, initialFlowId }: { flows: CallFlow[]; initialFlowId: string | null }) {
  const account = useAccountNumbers();
  const [launchedMode, setLaunchedMode] = useState<'live' | 'sandbox' | null>(null);
  const [refreshKey, setRefreshKey] = useState(0);
  const refresh = () => setRefreshKey((n) => n + 1);
  const sandbox = launchedMode ? launchedMode === 'sandbox' : account.status === 'ready' && account.source === 'sandbox';
  const unpublished = flows.find((f) => f.id === initialFlowId && !f.published);

  const onLaunched = (outcome: LaunchOutcome) => {
    if (outcome.kind === 'created') setLaunchedMode(outcome.mode);
    refresh();
  };

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center gap-3">
        <h1 id="calls-heading" className="text-2xl font-semibold">
          Calls
        </h1>
        {sandbox && (
          <span className="rounded-full bg-amber-100 px-2.5 py-0.5 text-xs font-semibold text-amber-950" title="No 8x8 credentials are set: calls go to the app's own sandbox, and no phone rings.">
            Sandbox
          </span>
        )}
        <p className="w-full text-sm text-slate-600">
          Outbound callbacks: 8x8 calls the destination from your caller id and runs the flow’s published version.
          {sandbox && ' The app is using its sandbox, a stand-in for 8x8: no phone rings.'}
        </p>
      </div>
      <RoleNotice permission="calls.launch" to="to launch calls: the forms below are read only" className="rounded border border-slate-300 bg-slate-50 px-3 py-2 text-sm text-slate-800" />
      {unpublished && (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          “{unpublished.name}” is not published yet: publish it before calling with it.
        </p>
      )}

      <section aria-labelledby="new-call-heading" className={card}>
        <h2 id="new-call-heading" className="text-lg font-semibold">
          New call
        </h2>
        <SingleCallForm flows={flows} initialFlowId={initialFlowId} account={account} sandbox={sandbox} onLaunched={onLaunched} />
      </section>

      <p className="text-sm text-slate-700">
        Calling a list of contacts? Run a{' '}
        <Link href="/campaigns" className="text-blue-800 underline">
          campaign
        </Link>
        : the server paces it, keeps to calling hours and retries, and it goes on when this tab is closed.
      </p>

      <section aria-labelledby="recent-heading" className="space-y-3">
        <h2 id="recent-heading" className="text-lg font-semibold">
          Recent outbound calls
        </h2>
        <RecentCalls flows={flows} refreshKey={refreshKey} />
      </section>
    </div>
  );
}
