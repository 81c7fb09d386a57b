import 'server-only';
import { z } from 'zod';
import type { Actor } from '@/lib/auth/actor';
import { canGrant } from '@/lib/auth/grantable-role';
import { isRole, roleName, roles, type Role } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { AppError } from '@/lib/http/app-error';
import { auditActorOf, recordAudit } from '@/lib/server/audit/record-audit';

export const updateUserInput = z
  .strictObject({
    role: z.enum(roles, { error: `role must be one of ${roles.join(', ')}` }).optional(),
    active: z.boolean({ error: 'active must be true or false' }).optional(),
  })
  .refine((change) => change.role !== undefined || change.active !== undefined, { error: 'send role, active or both' });
export type UpdateUserInput = z.infer<typeof updateUserInput>;

type Access = { role: Role; active: boolean };
export type UserChange = { id: string; email: string; before: Access; after: Access };

/**
 * Changes a user's role and/or deactivates or reactivates them. Deactivating deletes their
 * sessions in the same transaction, so they are signed out at once.
 *
 * The last active admin can be neither demoted nor deactivated, even when two admins act at
 * the same moment: every active admin's row is locked first (in id order, the same order in
 * every transaction, so two never deadlock). A concurrent change waits for the lock, then
 * sees the committed result — READ COMMITTED re-checks `role`/`active` of a row that changed
 * while it waited — and counts again.
 */
export async function updateUser(actor: Actor & { ip?: string | null }, id: string, change: UpdateUserInput): Promise<UserChange> {
  if (change.role && !canGrant(actor.role, change.role)) {
    throw new AppError('forbidden', `You cannot give the ${roleName(change.role)} role: it is above your own (${roleName(actor.role)})`);
  }
  return db.$transaction(async (tx) => {
    const admins = await tx.$queryRaw<Array<{ id: string }>>`
      SELECT id FROM app_user WHERE role = 'admin' AND active ORDER BY id FOR UPDATE`;
    const [user] = await tx.$queryRaw<Array<{ id: string; email: string; role: string; active: boolean }>>`
      SELECT id, email, role, active FROM app_user WHERE id = ${id} FOR UPDATE`;
    if (!user) throw new AppError('not_found', `No user with id ${id}`);
    const before: Access = { role: isRole(user.role) ? user.role : 'viewer', active: user.active };
    const after: Access = { role: change.role ?? before.role, active: change.active ?? before.active };
    const wasAdmin = admins.some((admin) => admin.id === id);
    const staysAdmin = after.role === 'admin' && after.active;
    if (wasAdmin && !staysAdmin && admins.length === 1) {
      const verb = after.active ? 'demoted' : 'deactivated';
      throw new AppError('conflict', `${user.email} is the last active admin and cannot be ${verb}: make someone else an admin first`);
    }
    await tx.user.update({ where: { id }, data: after });
    if (!after.active) await tx.authSession.deleteMany({ where: { userId: id } });
    const target = { type: 'user' as const, id };
    if (before.role !== after.role) {
      const summary = `Changed ${user.email} from ${roleName(before.role)} to ${roleName(after.role)}`;
      await recordAudit(auditActorOf(actor), { action: 'user.role', target, summary, details: { email: user.email, from: before.role, to: after.role } }, tx);
    }
    if (before.active !== after.active) {
      const [action, summary] = after.active
        ? (['user.reactivate', `Reactivated ${user.email}`] as const)
        : (['user.deactivate', `Deactivated ${user.email} (signed out everywhere)`] as const);
      await recordAudit(auditActorOf(actor), { action, target, summary, details: { email: user.email } }, tx);
    }
    return { id, email: user.email, before, after };
  });
}
