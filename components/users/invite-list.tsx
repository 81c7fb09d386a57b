'use client';

import { formatWhen } from '@/components/auth/format-when';
import { isRole, roleName } from '@/lib/auth/permissions';
import type { listOpenInvites } from '@/lib/server/users/list-invites';
import { Button } from '@/components/ui/button';
import { Table, type Column } from '@/components/ui/table';

export type OpenInvite = Awaited<ReturnType<typeof listOpenInvites>>[number];

/** Invitations nobody has used yet (expired ones marked); Revoke makes a link stop working at once. */
export function InviteList({ invites, busyId, onRevoke }: { invites: OpenInvite[]; busyId: string | null; onRevoke: (invite: OpenInvite) => void }) {
  if (invites.length === 0) {
    return <p className="rounded-lg border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-600">No open invitations.</p>;
  }
  const columns: Array<Column<OpenInvite>> = [
    { header: 'Email', cell: (invite) => invite.email },
    { header: 'Role', cell: (invite) => (isRole(invite.role) ? roleName(invite.role) : invite.role) },
    { header: 'Invited by', cell: (invite) => invite.invitedBy },
    {
      header: 'Expires (UTC)',
      className: 'whitespace-nowrap text-slate-600',
      cell: (invite) => (
        <>
          {formatWhen(invite.expiresAt)}
          {invite.expired && <span className="ml-2 rounded bg-slate-200 px-2 py-0.5 text-xs text-slate-700">Expired</span>}
        </>
      ),
    },
    {
      header: 'Actions',
      hideHeader: true,
      align: 'right',
      cell: (invite) => (
        <Button
          variant="small"
          className="text-rose-800"
          aria-label={`Revoke the invitation for ${invite.email}`}
          disabled={busyId === invite.id}
          aria-busy={busyId === invite.id}
          onClick={() => onRevoke(invite)}
        >
          {busyId === invite.id ? 'Revoking…' : 'Revoke'}
        </Button>
      ),
    },
  ];
  return <Table caption="Open invitations" columns={columns} rows={invites} rowKey={(invite) => invite.id} />;
}
