'use client';

import { formatWhen } from '@/components/auth/format-when';
import { isRole, roleName, roles, type Role } from '@/lib/auth/permissions';
import type { ListedUser } from '@/lib/server/users/list-users';
import { buttonStyles } from '@/components/ui/button';

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
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm" aria-label="Users">
        <thead className="bg-slate-100 text-slate-600">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">Name</th>
            <th scope="col" className="px-4 py-2 font-medium">Email</th>
            <th scope="col" className="px-4 py-2 font-medium">Role</th>
            <th scope="col" className="px-4 py-2 font-medium">Status</th>
            <th scope="col" className="px-4 py-2 font-medium">Created (UTC)</th>
            <th scope="col" className="px-4 py-2 font-medium">Last sign-in (UTC)</th>
            <th scope="col" className="px-4 py-2 font-medium">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {users.map((user) => {
            const lastAdmin = user.role === 'admin' && user.active && activeAdmins === 1;
            const busy = busyId === user.id;
            const note = `${user.id}-note`;
            return (
              <tr key={user.id}>
                <td className="px-4 py-2 font-medium">
                  {user.name}
                  {user.id === selfId && <span className="ml-1 text-xs font-normal text-slate-500">(you)</span>}
                  {lastAdmin && (
                    <p id={note} className="text-xs font-normal text-slate-600">
                      Last active admin: make someone else an admin before changing this account
                    </p>
                  )}
                </td>
                <td className="px-4 py-2">{user.email}</td>
                <td className="px-4 py-2">
                  <select
                    aria-label={`Role of ${user.email}`}
                    aria-describedby={lastAdmin ? note : undefined}
                    value={user.role}
                    disabled={busy || lastAdmin}
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
                </td>
                <td className="px-4 py-2">
                  <span className={user.active ? 'rounded bg-emerald-100 px-2 py-0.5 text-emerald-800' : 'rounded bg-slate-200 px-2 py-0.5 text-slate-700'}>
                    {user.active ? 'Active' : 'Deactivated'}
                  </span>
                </td>
                <td className="whitespace-nowrap px-4 py-2 text-slate-600">{formatWhen(user.createdAt)}</td>
                <td className="whitespace-nowrap px-4 py-2 text-slate-600">{formatWhen(user.lastSignInAt)}</td>
                <td className="px-4 py-2 text-right">
                  <button
                    type="button"
                    className={`${buttonStyles.small} ${user.active ? 'text-rose-800' : ''}`}
                    aria-label={`${user.active ? 'Deactivate' : 'Reactivate'} ${user.email}`}
                    aria-describedby={lastAdmin ? note : undefined}
                    aria-haspopup="dialog"
                    disabled={busy || lastAdmin}
                    onClick={() => onToggleActive(user)}
                  >
                    {user.active ? 'Deactivate' : 'Reactivate'}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
