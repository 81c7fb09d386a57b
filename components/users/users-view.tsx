'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { roleName, type Role } from '@/lib/auth/permissions';
import { callApi } from '@/lib/http/call-api';
import type { ListedUser } from '@/lib/server/users/list-users';
import { InviteDialog } from './invite-dialog';
import { InviteList, type OpenInvite } from './invite-list';
import { UserAccessDialog } from './user-access-dialog';
import { UserTable } from './user-table';
import { Button } from '@/components/ui/button';
import { ErrorMessage } from '@/components/ui/field';

type Notice = { kind: 'error' | 'done'; message: string } | null;

/** Users and open invitations; each change is saved by the API and the server page re-rendered. */
export function UsersView({ users, truncated, invites, selfId }: { users: ListedUser[]; truncated: boolean; invites: OpenInvite[]; selfId: string }) {
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const [inviting, setInviting] = useState(false);
  const [confirming, setConfirming] = useState<ListedUser | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const refresh = () => startRefresh(() => router.refresh());

  const changeRole = async (user: ListedUser, role: Role) => {
    setNotice(null);
    setBusyId(user.id);
    const result = await callApi(`/api/users/${encodeURIComponent(user.id)}`, { method: 'PATCH', body: { role } });
    setBusyId(null);
    if (!result.ok) return setNotice({ kind: 'error', message: `Could not change the role of ${user.email}: ${result.message}` });
    setNotice({ kind: 'done', message: `${user.email} is now ${roleName(role)}.` });
    refresh();
  };

  const revoke = async (invite: OpenInvite) => {
    setNotice(null);
    setBusyId(invite.id);
    const result = await callApi(`/api/invites/${encodeURIComponent(invite.id)}`, { method: 'DELETE' });
    setBusyId(null);
    if (!result.ok && result.status !== 404) return setNotice({ kind: 'error', message: `Could not revoke the invitation: ${result.message}` });
    setNotice({ kind: 'done', message: `The invitation for ${invite.email} no longer works.` });
    refresh();
  };

  return (
    <div className="space-y-6">
      <div className="flex items-center gap-3">
        {refreshing && (
          <span role="status" className="text-xs text-slate-500">
            Updating…
          </span>
        )}
        <Button variant="primary" className="ml-auto" aria-haspopup="dialog" onClick={() => setInviting(true)}>
          Invite
        </Button>
      </div>
      {notice?.kind === 'error' && <ErrorMessage message={notice.message} />}
      {notice?.kind === 'done' && (
        <p role="status" className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          {notice.message}
        </p>
      )}

      <UserTable
        users={users}
        selfId={selfId}
        busyId={busyId}
        onRole={(user, role) => void changeRole(user, role)}
        onToggleActive={(user) => {
          setNotice(null);
          setConfirming(user);
        }}
      />
      {truncated && <p className="text-sm text-slate-600">Only the first {users.length} users are listed.</p>}

      <section aria-labelledby="invites-heading" className="space-y-2">
        <h2 id="invites-heading" className="text-lg font-semibold">
          Open invitations
        </h2>
        <InviteList invites={invites} busyId={busyId} onRevoke={(invite) => void revoke(invite)} />
      </section>

      <InviteDialog open={inviting} onClose={() => setInviting(false)} onInvited={refresh} />
      <UserAccessDialog
        user={confirming}
        onClose={() => setConfirming(null)}
        onDone={(message) => {
          setConfirming(null);
          setNotice({ kind: 'done', message });
          refresh();
        }}
      />
    </div>
  );
}
