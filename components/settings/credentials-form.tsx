'use client';

import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { ErrorMessage } from '@/components/ui/field';
import { callApi } from '@/lib/http/call-api';
import type { VoiceSetupStatus } from './settings-types';

const subAccountPattern = /^[A-Za-z0-9\-._&]{3,50}$/;

/** Subaccount id and API key. The key goes to the server and never comes back. */
export function CredentialsForm({ status, onChanged }: { status: VoiceSetupStatus; onChanged: (status: VoiceSetupStatus) => void }) {
  const [subAccountId, setSubAccountId] = useState(status.stored.subAccountId ?? '');
  const [apiKey, setApiKey] = useState('');
  const [busy, setBusy] = useState<'save' | 'remove' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const subAccountProblem = subAccountId && !subAccountPattern.test(subAccountId.trim()) ? 'Use 3–50 letters, digits or - . _ &' : null;
  const saved = status.stored.apiKeySaved;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setDone(null);
    if (subAccountProblem) return setError(`Subaccount id: ${subAccountProblem}`);
    setBusy('save');
    const result = await callApi<VoiceSetupStatus>('/api/settings/voice', { method: 'PUT', body: { subAccountId: subAccountId.trim(), apiKey } });
    setBusy(null);
    if (!result.ok) return setError(result.message);
    setApiKey('');
    setDone('Saved. The product now talks to 8x8 with these credentials.');
    onChanged(result.data);
  };

  const remove = async () => {
    setError(null);
    setDone(null);
    setBusy('remove');
    const result = await callApi<VoiceSetupStatus>('/api/settings/voice', { method: 'DELETE' });
    setBusy(null);
    if (!result.ok) return setError(result.message);
    setSubAccountId('');
    setDone(result.data.mode === 'sandbox' ? 'Removed. The product is back on the Sandbox.' : 'Removed. The environment’s 8x8 credentials are in use.');
    onChanged(result.data);
  };

  return (
    <form onSubmit={save} className="space-y-3" aria-labelledby="credentials-heading">
      <h2 id="credentials-heading" className="text-lg font-semibold">
        8x8 credentials
      </h2>
      <p className="text-sm text-slate-600">
        From 8x8 Connect: your Voice subaccount id and an API key. The key is stored encrypted and never shown again.
      </p>
      <div className="flex flex-wrap items-start gap-4">
        <label className="flex flex-col text-sm">
          <span className="font-medium">Subaccount id</span>
          <input
            name="subAccountId"
            value={subAccountId}
            onChange={(event) => setSubAccountId(event.target.value)}
            required
            autoComplete="off"
            aria-invalid={subAccountProblem ? true : undefined}
            aria-describedby={subAccountProblem ? 'subaccount-problem' : undefined}
            className="mt-1 w-72 rounded border border-slate-300 px-2 py-1.5 font-mono"
          />
          {subAccountProblem && (
            <span id="subaccount-problem" className="mt-1 text-xs text-rose-800">
              {subAccountProblem}
            </span>
          )}
        </label>
        <label className="flex flex-col text-sm">
          <span className="font-medium">API key</span>
          <input
            name="apiKey"
            type="password"
            value={apiKey}
            onChange={(event) => setApiKey(event.target.value)}
            required
            autoComplete="new-password"
            placeholder={saved ? 'Enter a new key to replace it' : ''}
            className="mt-1 w-72 rounded border border-slate-300 px-2 py-1.5"
          />
          {saved && <span className="mt-1 text-xs text-emerald-800">API key saved</span>}
        </label>
      </div>
      {status.unreadable.length > 0 && (
        <ErrorMessage message={`The stored ${status.unreadable.join(' and ')} cannot be decrypted with the current SECRETS_KEY: save again.`} />
      )}
      <div className="flex gap-2">
        <Button variant="primary" type="submit" disabled={busy !== null}>
          {busy === 'save' ? 'Saving…' : 'Save'}
        </Button>
        <Button disabled={busy !== null || !saved} onClick={remove}>
          {busy === 'remove' ? 'Removing…' : 'Remove'}
        </Button>
      </div>
      <ErrorMessage message={error} />
      {done && (
        <p role="status" className="text-sm text-emerald-900">
          {done}
        </p>
      )}
    </form>
  );
}
