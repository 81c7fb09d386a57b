'use client';

import { useId, useState, type FormEvent } from 'react';
import { useCan } from '@/components/auth/actor-context';
import { RoleNotice } from '@/components/auth/role-notice';
import { Button } from '@/components/ui/button';
import { ErrorMessage } from '@/components/ui/field';
import { callApi } from '@/lib/http/call-api';
import { isE164, normalizePhoneNumber } from '@/lib/phone-number';

/** Routes a number (E.164, checked as it is typed) to the flow; a number routed elsewhere moves here. */
export function RouteNumberForm({ flowId, onRouted }: { flowId: string; onRouted: (number: string) => void }) {
  const [number, setNumber] = useState('');
  const [label, setLabel] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const hintId = useId();
  const allowance = useCan('numbers.route');
  const typed = number.trim() !== '';
  const valid = isE164(number);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!valid || !allowance.allowed) return;
    setBusy(true);
    setError(null);
    const result = await callApi<{ number: string }>('/api/numbers', {
      method: 'POST',
      body: { number, flowId, ...(label.trim() && { label: label.trim() }) },
    });
    setBusy(false);
    if (!result.ok) return setError(result.message);
    setNumber('');
    setLabel('');
    onRouted(result.data.number);
  };

  return (
    <form onSubmit={(event) => void submit(event)} className="space-y-2 border-t border-slate-200 pt-3" aria-label="Route a number">
      <h3 className="font-semibold">Route a number</h3>
      <fieldset disabled={!allowance.allowed} className="space-y-2">
        <label className="block">
          <span className="font-medium">Phone number</span>
          <input
            value={number}
            onChange={(event) => setNumber(event.target.value)}
            inputMode="tel"
            autoComplete="off"
            placeholder="+6568332048"
            aria-invalid={typed && !valid}
            aria-describedby={hintId}
            className={`mt-1 w-full rounded border px-2 py-1.5 font-mono ${typed && !valid ? 'border-rose-500' : 'border-slate-300'}`}
          />
        </label>
        <p id={hintId} aria-live="polite" className={`text-xs ${typed && !valid ? 'text-rose-700' : 'text-slate-600'}`}>
          {!typed
            ? 'E.164: + then the country code and number.'
            : valid
              ? `Will route ${normalizePhoneNumber(number)}.`
              : 'Not an E.164 number yet: + then the country code and 7 to 15 digits, e.g. +6568332048.'}
        </p>
        <label className="block">
          <span className="font-medium">Label (optional)</span>
          <input value={label} onChange={(event) => setLabel(event.target.value)} maxLength={80} className="mt-1 w-full rounded border border-slate-300 px-2 py-1.5" />
        </label>
      </fieldset>
      <ErrorMessage message={error} />
      <Button type="submit" variant="primary" deniedReason={allowance.reason} disabled={!valid || busy} aria-busy={busy}>
        {busy ? 'Routing…' : 'Route number'}
      </Button>
      <RoleNotice permission="numbers.route" to="to route or remove numbers" />
    </form>
  );
}
