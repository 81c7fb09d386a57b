'use client';

import { useState, type FormEvent } from 'react';
import { passwordChangeProblem } from '@/lib/auth/password-change-problem';
import { callApi } from '@/lib/http/call-api';
import { Button } from '@/components/ui/button';
import { ErrorMessage, Field, controlStyle } from '@/components/ui/field';
import { useHydrated } from '@/components/auth/use-hydrated';

const empty = { current: '', next: '', repeat: '' };

/** Changes the password through Better Auth; every other session of this user is signed out. */
export function ChangePasswordForm() {
  const [form, setForm] = useState(empty);
  const [busy, setBusy] = useState(false);
  const hydrated = useHydrated();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const set = (key: keyof typeof form) => (event: { target: { value: string } }) => setForm({ ...form, [key]: event.target.value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setDone(false);
    if (form.next !== form.repeat) return setError('The two new passwords differ: type the same one twice.');
    setBusy(true);
    const result = await callApi('/api/auth/change-password', {
      method: 'POST',
      body: { currentPassword: form.current, newPassword: form.next, revokeOtherSessions: true },
    });
    setBusy(false);
    if (!result.ok) return setError(passwordChangeProblem(result.status, result.body, result.message));
    setForm(empty);
    setDone(true);
  };

  const password = (key: keyof typeof form, label: string, autoComplete: string, hint?: string) => (
    <Field label={label} hint={hint}>
      {({ id, describedBy }) => (
        <input
          id={id}
          aria-describedby={describedBy}
          type="password"
          autoComplete={autoComplete}
          required
          minLength={key === 'current' ? undefined : 12}
          maxLength={128}
          value={form[key]}
          onChange={set(key)}
          className={`${controlStyle} w-full`}
        />
      )}
    </Field>
  );

  return (
    <form method="post" onSubmit={(event) => void submit(event)} className="max-w-sm space-y-4" aria-label="Change password">
      {password('current', 'Current password', 'current-password')}
      {password('next', 'New password', 'new-password', 'At least 12 characters')}
      {password('repeat', 'Repeat the new password', 'new-password')}
      <ErrorMessage message={error} />
      {done && (
        <p role="status" className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          Password changed. Your other sessions are signed out; this one stays signed in.
        </p>
      )}
      <Button type="submit" disabled={busy || !hydrated} aria-busy={busy} variant="primary">
        {busy ? 'Changing…' : 'Change password'}
      </Button>
    </form>
  );
}
