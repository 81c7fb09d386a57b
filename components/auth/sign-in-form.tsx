'use client';

import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { controlStyle, ErrorMessage, Field } from '@/components/ui/field';
import { callApi } from '@/lib/http/call-api';
import { useHydrated } from '@/components/auth/use-hydrated';

/** Single sign-on, when configured: the button's label and Better Auth's provider id. */
export type SsoChoice = { name: string; providerId: string };

export function SignInForm({ next, sso, ssoError }: { next: string; sso: SsoChoice | null; ssoError: string | null }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const hydrated = useHydrated();
  const [error, setError] = useState<string | null>(ssoError);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = await callApi('/api/auth/sign-in/email', { method: 'POST', body: { email, password } });
    if (result.ok) {
      window.location.assign(next);
      return;
    }
    setBusy(false);
    setError(signInProblem(result.status, result.message));
  };

  const singleSignOn = async (providerId: string) => {
    setBusy(true);
    setError(null);
    // Better Auth answers the provider's authorization URL; its callback comes back to `next`,
    // or on failure to this page with ?error=<code> (app/sign-in/page.tsx words it).
    const result = await callApi<{ url?: string }>('/api/auth/sign-in/social', {
      method: 'POST',
      body: { provider: providerId, callbackURL: next, errorCallbackURL: `/sign-in?next=${encodeURIComponent(next)}`, disableRedirect: true },
    });
    if (result.ok && result.data.url) {
      window.location.assign(result.data.url);
      return;
    }
    setBusy(false);
    setError(result.ok ? 'Single sign-on is not available right now.' : result.message);
  };

  return (
    <div className="space-y-4">
      <form method="post" onSubmit={(event) => void submit(event)} className="space-y-4" aria-label="Sign in with email and password">
        <Field label="Email">
          {({ id, describedBy }) => (
            <input id={id} aria-describedby={describedBy} type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} className={controlStyle} />
          )}
        </Field>
        <Field label="Password">
          {({ id, describedBy }) => (
            <input
              id={id}
              aria-describedby={describedBy}
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              className={controlStyle}
            />
          )}
        </Field>
        <ErrorMessage message={error} />
        <Button variant="primary" type="submit" disabled={busy || !hydrated} className="w-full">
          {busy ? 'Signing in…' : 'Sign in'}
        </Button>
      </form>
      {sso && (
        <Button disabled={busy} onClick={() => void singleSignOn(sso.providerId)} className="w-full">
          Sign in with {sso.name}
        </Button>
      )}
    </div>
  );
}

function signInProblem(status: number, message: string): string {
  if (status === 429) return 'Too many sign-in attempts from your address. Wait a minute, then try again.';
  if (status === 401) return 'Wrong email or password.';
  if (status === 403) return 'This account cannot sign in: it was deactivated, or the request did not come from this site.';
  return message;
}
