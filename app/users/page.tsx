import { UsersView } from '@/components/users/users-view';
import { requirePage } from '@/lib/auth/require-page';
import { listOpenInvites } from '@/lib/server/users/list-invites';
import { listUsers } from '@/lib/server/users/list-users';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Users — IVR Studio' };

export default async function UsersPage() {
  const actor = await requirePage('users.manage');
  const [{ users, truncated }, invites] = await Promise.all([listUsers(), listOpenInvites()]);
  return (
    <section aria-labelledby="users-heading" className="mx-auto max-w-6xl space-y-4 px-6 py-8">
      <div>
        <h1 id="users-heading" className="text-2xl font-semibold">
          Users
        </h1>
        <p className="text-sm text-slate-600">Who can sign in, and with which role. Invite people by link; a deactivated user is signed out at once.</p>
      </div>
      <UsersView users={users} truncated={truncated} invites={invites} selfId={actor.id} />
    </section>
  );
}
