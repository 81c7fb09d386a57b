'use client';

import { useState, type FormEvent } from 'react';
import { useCan } from '@/components/auth/actor-context';
import { formatWhen } from '@/components/auth/format-when';
import { Button } from '@/components/ui/button';
import { controlStyle, ErrorMessage, Field } from '@/components/ui/field';
import { maxReasonLength } from '@/lib/do-not-call/do-not-call-input';
import { toE164 } from '@/lib/e164';
import { callApi } from '@/lib/http/call-api';
import type { DoNotCallEntry } from '@/lib/server/do-not-call/do-not-call-entry';

type Added = { added: boolean; entry: DoNotCallEntry };

/**
 * Adds one number by hand. The number is checked as it is typed (after the field is left
 * once) with the server's own rule, so a mistake shows before sending; the server checks again.
 */
export function AddNumberForm({ onAdded }: { onAdded: (message: string) => void }) {
  const add = useCan('dnc.add');
  const [number, setNumber] = useState('');
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const checked = toE164(number);
  const problem = touched && !checked.ok ? checked.problem : null;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTouched(true);
    setError(null);
    if (!add.allowed || !checked.ok) return;
    setBusy(true);
    const result = await callApi<Added>('/api/do-not-call', { method: 'POST', body: { number: checked.number, ...(reason.trim() && { reason }) } });
    setBusy(false);
    if (!result.ok) return setError(result.message);
    const { entry } = result.data;
    setNumber('');
    setReason('');
    setTouched(false);
    onAdded(
      result.data.added
        ? `Added ${entry.number} to the do-not-call list: campaigns will not call it from their next dial.`
        : `${entry.number} was already on the list (since ${formatWhen(entry.addedAt)} UTC); its first entry is kept.`,
    );
  };

  return (
    <form onSubmit={(event) => void submit(event)} aria-label="Add a number" noValidate className="space-y-3">
      <Field label="Phone number" hint="With its country code, e.g. +65 9123 4567" problem={problem}>
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            type="tel"
            autoComplete="off"
            value={number}
            onChange={(event) => setNumber(event.target.value)}
            onBlur={() => setTouched(number.trim() !== '')}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            aria-required
            disabled={!add.allowed}
            maxLength={40}
            className={controlStyle}
          />
        )}
      </Field>
      <Field label="Reason (optional)" hint="e.g. asked not to be called on 3 March">
        {({ id, describedBy }) => (
          <input
            id={id}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            aria-describedby={describedBy}
            disabled={!add.allowed}
            maxLength={maxReasonLength}
            className={controlStyle}
          />
        )}
      </Field>
      <ErrorMessage message={error} />
      <Button type="submit" variant="primary" deniedReason={add.reason} disabled={busy} aria-busy={busy}>
        {busy ? 'Adding…' : 'Add to the list'}
      </Button>
    </form>
  );
}
