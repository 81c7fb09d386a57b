'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { ErrorMessage } from '@/components/ui/field';
import { callApi } from '@/lib/http/call-api';
import { platformName, type ConnectionTest } from './settings-types';

/** Asks 8x8 (or the Sandbox) for its speech profiles and numbers. */
export function TestConnection() {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ConnectionTest | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async () => {
    setBusy(true);
    setError(null);
    setResult(null);
    const answer = await callApi<ConnectionTest>('/api/settings/test-connection', { method: 'POST' });
    setBusy(false);
    if (!answer.ok) return setError(answer.message);
    setResult(answer.data);
  };

  return (
    <div className="space-y-2">
      <Button onClick={run} disabled={busy}>
        {busy ? 'Testing…' : 'Test connection'}
      </Button>
      <ErrorMessage message={error} />
      {result?.ok && (
        <p role="status" className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          Connection works: {platformName(result.mode)} answered with {count(result.speechProfiles, 'voice')} and {count(result.numbers, 'number')}.
        </p>
      )}
      {result && !result.ok && (
        <div role="alert" className="rounded border border-rose-300 bg-rose-50 px-3 py-2 text-sm text-rose-900">
          <p className="font-medium">The connection to {platformName(result.mode)} does not work.</p>
          <ul className="list-disc pl-5">
            <li>Speech profiles: {result.speechProfiles.ok ? count(result.speechProfiles, 'voice') : result.speechProfiles.error}</li>
            <li>Numbers: {result.numbers.ok ? count(result.numbers, 'number') : result.numbers.error}</li>
          </ul>
        </div>
      )}
    </div>
  );
}

function count(check: ConnectionTest['numbers'], noun: string): string {
  if (!check.ok) return 'an error';
  return `${check.count} ${noun}${check.count === 1 ? '' : 's'}`;
}
