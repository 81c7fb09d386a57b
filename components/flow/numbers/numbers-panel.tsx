'use client';

import { useState } from 'react';
import { useCan } from '@/components/auth/actor-context';
import { Button } from '@/components/ui/button';
import { ErrorMessage } from '@/components/ui/field';
import { callApi } from '@/lib/http/call-api';
import { useFlowStore } from '../store/flow-store-context';
import { useFlowDetail } from '../use-flow-detail';
import { RouteNumberForm } from './route-number-form';

/** The numbers that reach this flow: route another, or remove one. */
export function NumbersPanel({ refreshKey }: { refreshKey: number }) {
  const flowId = useFlowStore((s) => s.flowId);
  const { state, reload } = useFlowDetail(flowId, refreshKey);
  const route = useCan('numbers.route');
  const [removing, setRemoving] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const remove = async (number: string) => {
    setRemoving(number);
    setError(null);
    setNotice(null);
    const result = await callApi(`/api/numbers/${encodeURIComponent(number)}`, { method: 'DELETE' });
    setRemoving(null);
    if (!result.ok && result.status !== 404) return setError(`Could not remove ${number}: ${result.message}`);
    setNotice(`${number} no longer reaches this flow.`);
    reload();
  };

  if (state.status === 'loading') return <p className="p-3 text-sm text-slate-600">Loading numbers…</p>;
  if (state.status === 'error') {
    return (
      <div className="p-3">
        <ErrorMessage message={`Could not load the numbers: ${state.message}`} />
      </div>
    );
  }
  const { numbers, publishedVersion } = state.flow;
  return (
    <div className="space-y-4 p-3 text-sm">
      <p className="text-slate-700">
        {publishedVersion
          ? `Calls to these numbers run the published version (v${publishedVersion.version}); draft changes reach callers when you publish.`
          : 'This flow has no published version yet: callers to its numbers hear an apology until you publish.'}
      </p>
      {numbers.length === 0 ? (
        <p className="text-slate-600">No numbers are routed to this flow.</p>
      ) : (
        <ul aria-label="Routed numbers" className="divide-y divide-slate-100 rounded border border-slate-200">
          {numbers.map((n) => (
            <li key={n.number} className="flex items-center gap-2 px-2 py-1.5">
              <span className="font-mono">{n.number}</span>
              {n.label && <span className="truncate text-slate-600">{n.label}</span>}
              <Button
                variant="small"
                className="ml-auto"
                aria-label={`Remove ${n.number}`}
                deniedReason={route.reason}
                disabled={removing === n.number}
                aria-busy={removing === n.number}
                onClick={() => void remove(n.number)}
              >
                {removing === n.number ? 'Removing…' : 'Remove'}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <ErrorMessage message={error} />
      {notice && (
        <p role="status" className="text-emerald-800">
          {notice}
        </p>
      )}
      <RouteNumberForm
        flowId={flowId}
        onRouted={(number) => {
          setError(null);
          setNotice(`${number} now reaches this flow.`);
          reload();
        }}
      />
    </div>
  );
}
