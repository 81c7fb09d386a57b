import Link from 'next/link';
import { AcceptInviteForm } from '@/components/auth/accept-invite-form';
import { roleDescriptions, roleName } from '@/lib/auth/permissions';
import { findInvite, type InviteLookup } from '@/lib/server/users/find-invite';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Accept your invitation — IVR Studio', referrer: 'no-referrer' };

const refusal: Record<Exclude<InviteLookup['state'], 'open'>, string> = {
  used: 'This invitation was used already. If it was you, sign in; otherwise ask an admin for a new one.',
  expired: 'This invitation expired. Ask an admin for a new one.',
  unknown: 'This invitation link is not valid: it was withdrawn, or the link is incomplete. Ask an admin for a new one.',
};

/** Public (proxy.ts lists /invite as open): the link's token is the only credential, checked here and on accept. */
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invite = await findInvite(token);
  return (
    <section aria-labelledby="invite-heading" className="mx-auto max-w-sm space-y-6 px-6 py-16">
      <h1 id="invite-heading" className="text-2xl font-semibold">
        Join IVR Studio
      </h1>
      {invite.state === 'open' ? (
        <>
          <p className="text-sm text-slate-700">
            You are invited as <strong>{invite.email}</strong> with the <strong>{roleName(invite.role)}</strong> role:{' '}
            {roleDescriptions[invite.role].toLowerCase()}. Choose your name and a password to finish.
          </p>
          <AcceptInviteForm token={token} email={invite.email} />
        </>
      ) : (
        <div className="space-y-3">
          <p role="alert" className="rounded border border-rose-300 bg-rose-50 px-3 py-2 text-sm text-rose-900">
            {refusal[invite.state]}
          </p>
          <Link href="/sign-in" className="text-sm text-blue-800 underline">
            Go to sign in
          </Link>
        </div>
      )}
    </section>
  );
}
