import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/sign-in-form';
import { currentActor } from '@/lib/auth/require-page';
import { safeNextPath } from '@/lib/auth/safe-next-path';
import { ssoProviderId } from '@/lib/auth/sso-provider';
import { env } from '@/lib/env';
import { hasAnyUser } from '@/lib/server/users/first-admin';

export const dynamic = 'force-dynamic';

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string; error?: string }> }) {
  const { next, error } = await searchParams;
  const target = safeNextPath(next);
  if (await currentActor()) redirect(target);
  const settings = env();
  const sso = settings.OIDC_ISSUER ? { name: settings.OIDC_NAME, providerId: ssoProviderId } : null;
  return (
    <section aria-labelledby="sign-in-heading" className="mx-auto max-w-sm space-y-6 px-6 py-16">
      <h1 id="sign-in-heading" className="text-2xl font-semibold">
        Sign in to IVR Studio
      </h1>
      {!(await hasAnyUser()) && (
        <p className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          No one has an account yet. Open the one-time setup link that <code>npm start</code> printed (it is also in{' '}
          <code>{settings.DATA_DIR}/setup-link.txt</code>) to create the first admin.
        </p>
      )}
      <SignInForm next={target} sso={sso} ssoError={error ? ssoErrorMessage(error) : null} />
    </section>
  );
}

/** Words for the codes Better Auth's OAuth callback sends back in ?error=. */
function ssoErrorMessage(code: string): string {
  // The user hook (lib/auth/auth.ts) refused: no pending invitation, or an unverified address.
  if (code === 'unable_to_create_user' || code === 'signup_disabled') {
    return 'Single sign-on worked, but this address has no account here: ask an admin for an invitation.';
  }
  if (code === 'account_not_linked') {
    return 'An account with this address exists, but your identity provider did not confirm the address: sign in with your password.';
  }
  if (code === 'unable_to_create_session') return 'This account was deactivated: ask an admin.';
  return `Single sign-on did not complete (${code.slice(0, 60)}). Try again, or sign in with your password.`;
}
