'use client';

import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { controlStyle, ErrorMessage, Field } from '@/components/ui/field';
import { callApi } from '@/lib/http/call-api';
import { useHydrated } from '@/components/auth/use-hydrated';

export function SetupForm({ token }: { token: string }) {
  const [form, setForm] = useState({ name: '', email: '', password: '' });
  const [busy, setBusy] = useState(false);
  const hydrated = useHydrated();
  const [error, setError] = useState<string | null>(null);
  const set = (key: keyof typeof form) => (event: { target: { value: string } }) => setForm({ ...form, [key]: event.target.value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const created = await callApi('/api/setup', { method: 'POST', body: { token, ...form } });
    if (!created.ok) {
      setBusy(false);
      setError(created.message);
      return;
    }
    const signedIn = await callApi('/api/auth/sign-in/email', { method: 'POST', body: { email: form.email, password: form.password } });
    window.location.assign(signedIn.ok ? '/' : '/sign-in');
  };

  return (
    <form method="post" onSubmit={(event) => void submit(event)} className="space-y-4">
      <Field label="Your name">
        {({ id, describedBy }) => <input id={id} aria-describedby={describedBy} required maxLength={100} value={form.name} onChange={set('name')} className={controlStyle} />}
      </Field>
      <Field label="Email">
        {({ id, describedBy }) => (
          <input id={id} aria-describedby={describedBy} type="email" autoComplete="username" required value={form.email} onChange={set('email')} className={controlStyle} />
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
            value={form.password}
            onChange={set('password')}
            className={controlStyle}
          />
        )}
      </Field>
      <ErrorMessage message={error} />
      <Button variant="primary" type="submit" disabled={busy || !hydrated} className="w-full">
        {busy ? 'Creating…' : 'Create admin and sign in'}
      </Button>
    </form>
  );
}
