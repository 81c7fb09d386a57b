import { notFound } from 'next/navigation';
import { ChangePasswordForm } from '@/components/account/change-password-form';
import { formatWhen } from '@/components/auth/format-when';
import { requirePage } from '@/lib/auth/require-page';
import { roleDescriptions, roleName } from '@/lib/auth/permissions';
import { findAccount } from '@/lib/server/users/find-account';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Your account — IVR Studio' };

/** Any signed-in person: who they are, their role, and their password. */
export default async function AccountPage() {
  const actor = await requirePage('flows.read');
  const account = actor.type === 'user' ? await findAccount(actor.id) : null;
  if (actor.type === 'user' && !account) notFound();
  return (
    <section aria-labelledby="account-heading" className="mx-auto max-w-3xl space-y-8 px-6 py-8">
      <h1 id="account-heading" className="text-2xl font-semibold">
        Your account
      </h1>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm">
        <dt className="font-medium text-slate-600">{account ? 'Name' : 'API token'}</dt>
        <dd>{account ? account.name : actor.label}</dd>
        {account && (
          <>
            <dt className="font-medium text-slate-600">Email</dt>
            <dd>{account.email}</dd>
          </>
        )}
        <dt className="font-medium text-slate-600">Role</dt>
        <dd>
          {roleName(actor.role)} <span className="text-slate-600">— {roleDescriptions[actor.role]}</span>
        </dd>
        {account && (
          <>
            <dt className="font-medium text-slate-600">Member since</dt>
            <dd>{formatWhen(account.createdAt)} UTC</dd>
          </>
        )}
      </dl>
      <p className="text-sm text-slate-600">Only an admin can change your role. Sign out with the button at the top right.</p>

      {account && (
        <section aria-labelledby="password-heading" className="space-y-3">
          <h2 id="password-heading" className="text-lg font-semibold">
            Change password
          </h2>
          {account.hasPassword ? (
            <ChangePasswordForm />
          ) : (
            <p className="text-sm text-slate-700">You sign in with single sign-on: your password is managed by your identity provider.</p>
          )}
        </section>
      )}
    </section>
  );
}
