'use client';

import { useCallback, useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { ErrorMessage } from '@/components/ui/field';
import { Table } from '@/components/ui/table';
import { callApi } from '@/lib/http/call-api';
import { platformName, type WebhookRegistrations } from './settings-types';

type TestDelivery = { url: string; httpStatus: number | null; accepted: boolean; error?: string };

type Props = {
  mode: 'live' | 'sandbox';
  /** Where the webhooks go (APP_BASE_URL, or the sandbox's own address); null until APP_BASE_URL is set. */
  baseUrl: string | null;
  /** Why registering is not possible yet (APP_BASE_URL missing with real 8x8). */
  baseProblem: string | null;
  /** The sandbox is on and the app talks to it: it can send a test delivery. */
  canTestDelivery: boolean;
};

/** Registering this app's webhook URLs with 8x8 (or the Sandbox), with a fresh token each time. */
export function WebhooksSection({ mode, baseUrl, baseProblem, canTestDelivery }: Props) {
  const [registrations, setRegistrations] = useState<WebhookRegistrations | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const load = useCallback(async () => {
    const result = await callApi<WebhookRegistrations>('/api/settings/webhooks');
    if (!result.ok) return setError(`The registered webhooks could not be listed: ${result.message}`);
    setError(null);
    setRegistrations(result.data);
  }, []);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void load();
  }, [load, mode]);

  const act = async (key: string, request: () => Promise<{ ok: true; data: WebhookRegistrations } | { ok: false; message: string }>, done: string) => {
    setBusy(key);
    setError(null);
    setNotice(null);
    const result = await request();
    setBusy(null);
    if (!result.ok) return setError(result.message);
    setRegistrations(result.data);
    setNotice(done);
  };

  const register = () =>
    act('register', () => callApi<WebhookRegistrations>('/api/settings/webhooks', { method: 'POST' }), 'Registered VCA, VSS and VCS with a new token.');
  const remove = (type: string) =>
    act(`delete:${type}`, () => callApi<WebhookRegistrations>(`/api/settings/webhooks/${type}`, { method: 'DELETE' }), `Removed the ${type} webhook.`);

  const testDelivery = async () => {
    setBusy('test');
    setError(null);
    setNotice(null);
    const result = await callApi<TestDelivery>('/api/settings/test-webhook', { method: 'POST' });
    setBusy(null);
    if (!result.ok) return setError(result.message);
    const d = result.data;
    if (d.accepted) setNotice(`The Sandbox delivered a test call status to ${d.url}: accepted (HTTP ${d.httpStatus}).`);
    else setError(`The test delivery to ${d.url} was refused${d.httpStatus ? ` (HTTP ${d.httpStatus})` : ''}: ${d.error ?? 'no answer'}`);
  };

  return (
    <section aria-labelledby="webhooks-heading" className="space-y-3">
      <h2 id="webhooks-heading" className="text-lg font-semibold">
        Webhooks
      </h2>
      <p className="text-sm text-slate-600">
        {baseUrl && (
          <>
            {platformName(mode) === '8x8' ? '8x8' : 'The Sandbox'} tells this app about calls at <code className="font-mono">{baseUrl}/api/webhooks/8x8/…</code>.{' '}
          </>
        )}
        Registering generates a new secret token that {platformName(mode)} sends with every delivery; the previous one keeps working for ten minutes.
        {mode === 'live' && baseUrl && !baseUrl.startsWith('https://') && ' 8x8 needs a public https address: set APP_BASE_URL.'}
      </p>
      {baseProblem && (
        <p id="webhook-base-problem" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          {baseProblem}.
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <Button
          variant="primary"
          onClick={register}
          disabled={busy !== null || baseProblem !== null}
          aria-describedby={baseProblem ? 'webhook-base-problem' : undefined}
        >
          {busy === 'register' ? 'Registering…' : 'Register webhooks'}
        </Button>
        {canTestDelivery && (
          <Button onClick={testDelivery} disabled={busy !== null}>
            {busy === 'test' ? 'Sending…' : 'Send a test delivery'}
          </Button>
        )}
      </div>
      <ErrorMessage message={error} />
      {notice && (
        <p role="status" className="text-sm text-emerald-900">
          {notice}
        </p>
      )}
      {registrations && (
        <Table
          caption="Registered webhooks"
          columns={[
            { header: 'Type', className: 'font-mono', cell: (w) => w.type },
            { header: 'URL', className: 'font-mono text-xs break-all', cell: (w) => w.url },
            { header: 'Enabled', cell: (w) => (w.enabled === false ? 'No' : 'Yes') },
            { header: 'Token', cell: (w) => (w.httpAuthHeaderAvailable ? 'Set' : 'None') },
            {
              header: 'Actions',
              hideHeader: true,
              align: 'right',
              cell: (w) => (
                <Button variant="small" aria-label={`Delete the ${w.type} webhook`} disabled={busy !== null} onClick={() => void remove(w.type)}>
                  Delete
                </Button>
              ),
            },
          ]}
          rows={registrations.webhooks}
          rowKey={(w) => w.type}
          empty={`No webhooks are registered with ${platformName(registrations.mode)}.`}
        />
      )}
    </section>
  );
}
