'use client';

import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { controlStyle, ErrorMessage, Field } from '@/components/ui/field';
import { callApi } from '@/lib/http/call-api';
import type { DataDipSettings } from './settings-types';

const linesOf = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean);

/** The private hosts data dips may reach: one exact host name or IP address a line. */
export function DataDipHosts({ hosts, onChanged }: { hosts: string[]; onChanged: (settings: DataDipSettings) => void }) {
  const [text, setText] = useState(hosts.join('\n'));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setDone(null);
    setBusy(true);
    const result = await callApi<DataDipSettings>('/api/settings/data-dips/allow-hosts', { method: 'PUT', body: { hosts: linesOf(text) } });
    setBusy(false);
    if (!result.ok) return setError(result.message);
    setText(result.data.allowHosts.join('\n'));
    setDone(result.data.allowHosts.length > 0 ? `Saved ${result.data.allowHosts.length} allowed host(s).` : 'Saved: no private host is allowed.');
    onChanged(result.data);
  };

  return (
    <form onSubmit={save} className="space-y-3" aria-labelledby="data-dip-hosts-heading">
      <h3 id="data-dip-hosts-heading" className="font-semibold">
        Allowed private hosts
      </h3>
      <p className="text-sm text-slate-600">
        Requests to private, loopback and link-local addresses (10.x, 192.168.x, 127.x, 169.254.x, fc00::/7…) are refused, including after a redirect or a
        DNS name that points there. List here the hosts that may be reached anyway — exact names or IP addresses, no wildcards.
      </p>
      <Field label="Hosts" hint="One a line, e.g. crm.office.lan or 10.0.0.5">
        {({ id, describedBy }) => (
          <textarea
            id={id}
            name="allowHosts"
            value={text}
            onChange={(event) => setText(event.target.value)}
            rows={4}
            spellCheck={false}
            aria-describedby={describedBy}
            className={`${controlStyle} w-96 font-mono`}
          />
        )}
      </Field>
      <Button variant="primary" type="submit" disabled={busy}>
        {busy ? 'Saving…' : 'Save hosts'}
      </Button>
      <ErrorMessage message={error} />
      {done && (
        <p role="status" className="text-sm text-emerald-900">
          {done}
        </p>
      )}
    </form>
  );
}
