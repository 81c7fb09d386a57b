import 'server-only';
import { z } from 'zod';
import { isRole, roleName } from '@/lib/auth/permissions';
import { nameField, passwordField } from '@/lib/auth/user-input';
import { db } from '@/lib/db';
import { AppError } from '@/lib/http/app-error';
import { recordAudit } from '@/lib/server/audit/record-audit';
import { createUserWithPassword } from './create-user';
import { hashInviteToken } from './invite-token';

export const acceptInviteInput = z.object({ token: z.string().min(1).max(200), name: nameField, password: passwordField });
export type AcceptInviteInput = z.infer<typeof acceptInviteInput>;

/** The invitation the token opens, if it can still be used. */
export async function findOpenInvite(token: string, now = new Date()) {
  const invite = await db.userInvite.findUnique({
    where: { tokenHash: hashInviteToken(token) },
    select: { id: true, email: true, role: true, expiresAt: true, acceptedAt: true },
  });
  if (!invite || invite.acceptedAt || invite.expiresAt <= now || !isRole(invite.role)) return null;
  return { ...invite, role: invite.role };
}

/** Creates the invited user with the invitation's role and spends the invitation (once, even when raced). */
export async function acceptInvite(input: AcceptInviteInput, ip: string | null = null, now = new Date()): Promise<{ id: string; email: string; role: string }> {
  const invite = await findOpenInvite(input.token, now);
  if (!invite) throw new AppError('forbidden', 'This invitation link is not valid: it expired, was revoked or was used already. Ask an admin for a new one.');
  const claimed = await db.userInvite.updateMany({ where: { id: invite.id, acceptedAt: null }, data: { acceptedAt: now } });
  if (claimed.count !== 1) throw new AppError('forbidden', 'This invitation link was used already.');
  const user = await createUserWithPassword({ email: invite.email, name: input.name, password: input.password, role: invite.role });
  await recordAudit(
    { type: 'user', id: user.id, label: user.email, ip },
    { action: 'user.join', target: { type: 'user', id: user.id }, summary: `${user.email} joined as ${roleName(invite.role)}`, details: { email: user.email, role: invite.role, inviteId: invite.id } },
  );
  return { ...user, role: invite.role };
}
