'use client';

import { useState, type FormEvent } from 'react';
import { callApi } from '@/lib/http/call-api';
import { Button } from '@/components/ui/button';
import { ErrorMessage, Field, controlStyle } from '@/components/ui/field';
import { useHydrated } from '@/components/auth/use-hydrated';

/** Name and password for an invitation; then signs in with them and opens the app. */
export function AcceptInviteForm({ token, email }: { token: string; email: string }) {
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const hydrated = useHydrated();
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const created = await callApi('/api/invites/accept', { method: 'POST', body: { token, name, password } });
    if (!created.ok) {
      setBusy(false);
      setError(created.message);
      return;
    }
    const signedIn = await callApi('/api/auth/sign-in/email', { method: 'POST', body: { email, password } });
    // The account exists either way; if signing in failed (rate limit), the sign-in page says why.
    window.location.assign(signedIn.ok ? '/' : '/sign-in');
  };

  return (
    <form method="post" onSubmit={(event) => void submit(event)} className="space-y-4" aria-label="Create your account">
      <Field label="Email">
        {({ id, describedBy }) => <input id={id} aria-describedby={describedBy} type="email" autoComplete="username" readOnly value={email} className={controlStyle} />}
      </Field>
      <Field label="Your name">
        {({ id, describedBy }) => (
          <input id={id} aria-describedby={describedBy} autoComplete="name" required maxLength={100} value={name} onChange={(e) => setName(e.target.value)} className={controlStyle} />
        )}
      </Field>
      <Field label="Password" hint="At least 12 characters">
        {({ id, describedBy }) => (
          <input
            id={id}
            aria-describedby={describedBy}
            type="password"
            autoComplete="new-password"
            required
            minLength={12}
            maxLength={128}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            className={controlStyle}
          />
        )}
      </Field>
      <ErrorMessage message={error} />
      <Button type="submit" disabled={busy || !hydrated} variant="primary" className="w-full">
        {busy ? 'Creating your account…' : 'Create account and sign in'}
      </Button>
    </form>
  );
}
