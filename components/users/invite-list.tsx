'use client';

import { formatWhen } from '@/components/auth/format-when';
import { isRole, roleName } from '@/lib/auth/permissions';
import type { listOpenInvites } from '@/lib/server/users/list-invites';
import { buttonStyles } from '@/components/ui/button';

export type OpenInvite = Awaited<ReturnType<typeof listOpenInvites>>[number];

/** Invitations nobody has used yet (expired ones marked); Revoke makes a link stop working at once. */
export function InviteList({ invites, busyId, onRevoke }: { invites: OpenInvite[]; busyId: string | null; onRevoke: (invite: OpenInvite) => void }) {
  if (invites.length === 0) {
    return <p className="rounded-lg border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-600">No open invitations.</p>;
  }
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm" aria-label="Open invitations">
        <thead className="bg-slate-100 text-slate-600">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">Email</th>
            <th scope="col" className="px-4 py-2 font-medium">Role</th>
            <th scope="col" className="px-4 py-2 font-medium">Invited by</th>
            <th scope="col" className="px-4 py-2 font-medium">Expires (UTC)</th>
            <th scope="col" className="px-4 py-2 font-medium">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {invites.map((invite) => (
            <tr key={invite.id}>
              <td className="px-4 py-2">{invite.email}</td>
              <td className="px-4 py-2">{isRole(invite.role) ? roleName(invite.role) : invite.role}</td>
              <td className="px-4 py-2">{invite.invitedBy}</td>
              <td className="whitespace-nowrap px-4 py-2 text-slate-600">
                {formatWhen(invite.expiresAt)}
                {invite.expired && <span className="ml-2 rounded bg-slate-200 px-2 py-0.5 text-xs text-slate-700">Expired</span>}
              </td>
              <td className="px-4 py-2 text-right">
                <button
                  type="button"
                  className={`${buttonStyles.small} text-rose-800`}
                  aria-label={`Revoke the invitation for ${invite.email}`}
                  disabled={busyId === invite.id}
                  aria-busy={busyId === invite.id}
                  onClick={() => onRevoke(invite)}
                >
                  {busyId === invite.id ? 'Revoking…' : 'Revoke'}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
