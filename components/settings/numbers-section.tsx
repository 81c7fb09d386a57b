'use client';

import { useCallback, useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { ErrorMessage } from '@/components/ui/field';
import { Table } from '@/components/ui/table';
import { callApi } from '@/lib/http/call-api';
import { platformName, type FlowChoice } from './settings-types';

type AccountNumbers = { source: 'sandbox' | '8x8'; numbers: Array<{ number: string; label?: string }> };
type Routes = { numbers: Array<{ number: string; flow: { id: string; name: string } | null }> };
type Loaded = { numbers: AccountNumbers['numbers']; routes: Map<string, string> };

/** The account's virtual numbers (from 8x8 or the Sandbox), each routed to a flow or not. */
export function NumbersSection({ mode, flows }: { mode: 'live' | 'sandbox'; flows: FlowChoice[] }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const load = useCallback(async () => {
    const [account, routes] = await Promise.all([callApi<AccountNumbers>('/api/account/numbers'), callApi<Routes>('/api/numbers')]);
    if (!account.ok) return setError(`The numbers could not be listed: ${account.message}`);
    if (!routes.ok) return setError(`The routes could not be listed: ${routes.message}`);
    setError(null);
    setLoaded({ numbers: account.data.numbers, routes: new Map(routes.data.numbers.map((n) => [n.number, n.flow?.id ?? ''])) });
  }, []);

  useEffect(() => {
    // Loading is the effect's job: the list lives at 8x8 (or the Sandbox).
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void load();
  }, [load, mode]);

  const route = async (number: string, flowId: string) => {
    setBusy(number);
    setNotice(null);
    const result = flowId
      ? await callApi('/api/numbers', { method: 'POST', body: { number, flowId } })
      : await callApi(`/api/numbers/${encodeURIComponent(number)}`, { method: 'DELETE' });
    setBusy(null);
    if (!result.ok) return setError(`${number}: ${result.message}`);
    const flow = flows.find((f) => f.id === flowId);
    setNotice(flow ? `${number} now reaches “${flow.name}”.` : `${number} is no longer routed.`);
    await load();
  };

  return (
    <section aria-labelledby="numbers-heading" className="space-y-3">
      <div className="flex items-center gap-3">
        <h2 id="numbers-heading" className="text-lg font-semibold">
          Numbers
        </h2>
        <Button variant="small" onClick={() => void load()}>
          Reload
        </Button>
      </div>
      <p className="text-sm text-slate-600">The virtual numbers of the account at {platformName(mode)}. Calls to a number run the flow it is routed to.</p>
      <ErrorMessage message={error} />
      {notice && (
        <p role="status" className="text-sm text-emerald-900">
          {notice}
        </p>
      )}
      {!loaded && !error && <p className="text-sm text-slate-500">Loading numbers…</p>}
      {loaded && (
        <Table
          caption="The account’s numbers"
          columns={[
            { header: 'Number', className: 'font-mono', cell: (n) => n.number },
            { header: 'Details', className: 'text-slate-600', cell: (n) => n.label ?? '—' },
            {
              header: 'Flow',
              cell: (n) => (
                <select
                  aria-label={`Flow for ${n.number}`}
                  value={loaded.routes.get(n.number) ?? ''}
                  disabled={busy === n.number}
                  onChange={(event) => void route(n.number, event.target.value)}
                  className="rounded border border-slate-300 px-2 py-1"
                >
                  <option value="">Not routed</option>
                  {flows.map((flow) => (
                    <option key={flow.id} value={flow.id}>
                      {flow.published ? flow.name : `${flow.name} (not published)`}
                    </option>
                  ))}
                </select>
              ),
            },
          ]}
          rows={loaded.numbers}
          rowKey={(n) => n.number}
          empty="The account has no virtual numbers."
        />
      )}
    </section>
  );
}
