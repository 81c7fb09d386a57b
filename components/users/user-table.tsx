'use client';

import { formatWhen } from '@/components/auth/format-when';
import { isRole, roleName, roles, type Role } from '@/lib/auth/permissions';
import type { ListedUser } from '@/lib/server/users/list-users';
import { Button } from '@/components/ui/button';
import { Table, type Column } from '@/components/ui/table';

/**
 * Everyone with an account. The role select saves on change; (de)activation asks first.
 * The last active admin's controls are disabled, with the reason beside them.
 */
export function UserTable({
  users,
  selfId,
  busyId,
  onRole,
  onToggleActive,
}: {
  users: ListedUser[];
  selfId: string;
  busyId: string | null;
  onRole: (user: ListedUser, role: Role) => void;
  onToggleActive: (user: ListedUser) => void;
}) {
  const activeAdmins = users.filter((u) => u.role === 'admin' && u.active).length;
  const isLastAdmin = (user: ListedUser) => user.role === 'admin' && user.active && activeAdmins === 1;
  const noteId = (user: ListedUser) => `${user.id}-note`;
  const columns: Array<Column<ListedUser>> = [
    {
      header: 'Name',
      className: 'font-medium',
      cell: (user) => (
        <>
          {user.name}
          {user.id === selfId && <span className="ml-1 text-xs font-normal text-slate-500">(you)</span>}
          {isLastAdmin(user) && (
            <p id={noteId(user)} className="text-xs font-normal text-slate-600">
              Last active admin: make someone else an admin before changing this account
            </p>
          )}
        </>
      ),
    },
    { header: 'Email', cell: (user) => user.email },
    {
      header: 'Role',
      cell: (user) => {
        const lastAdmin = isLastAdmin(user);
        return (
          <select
            aria-label={`Role of ${user.email}`}
            aria-describedby={lastAdmin ? noteId(user) : undefined}
            value={user.role}
            disabled={busyId === user.id || lastAdmin}
            onChange={(event) => {
              const role = event.target.value;
              if (isRole(role)) onRole(user, role);
            }}
            className="rounded border border-slate-300 bg-white px-2 py-1 text-sm disabled:bg-slate-100"
          >
            {roles.map((role) => (
              <option key={role} value={role}>
                {roleName(role)}
              </option>
            ))}
          </select>
        );
      },
    },
    {
      header: 'Status',
      cell: (user) => (
        <span className={user.active ? 'rounded bg-emerald-100 px-2 py-0.5 text-emerald-800' : 'rounded bg-slate-200 px-2 py-0.5 text-slate-700'}>
          {user.active ? 'Active' : 'Deactivated'}
        </span>
      ),
    },
    { header: 'Created (UTC)', className: 'whitespace-nowrap text-slate-600', cell: (user) => formatWhen(user.createdAt) },
    { header: 'Last sign-in (UTC)', className: 'whitespace-nowrap text-slate-600', cell: (user) => formatWhen(user.lastSignInAt) },
    {
      header: 'Actions',
      hideHeader: true,
      align: 'right',
      cell: (user) => {
        const lastAdmin = isLastAdmin(user);
        return (
          <Button
            variant="small"
            className={user.active ? 'text-rose-800' : undefined}
            aria-label={`${user.active ? 'Deactivate' : 'Reactivate'} ${user.email}`}
            aria-describedby={lastAdmin ? noteId(user) : undefined}
            aria-haspopup="dialog"
            disabled={busyId === user.id || lastAdmin}
            onClick={() => onToggleActive(user)}
          >
            {user.active ? 'Deactivate' : 'Reactivate'}
          </Button>
        );
      },
    },
  ];
  return <Table caption="Users" columns={columns} rows={users} rowKey={(user) => user.id} />;
}
