import 'server-only';
import { isRole, type Role } from './permissions';
import { db } from '@/lib/db';

/**
 * Single sign-on creates a user only for an email with a pending, unexpired invitation; the
 * invitation's role is theirs and the invitation is spent. Anyone else at the identity
 * provider is refused (null).
 */
export async function acceptInviteForSso(email: string, now = new Date()): Promise<Role | null> {
  const invite = await db.userInvite.findFirst({
    where: { email: email.trim().toLowerCase(), acceptedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: 'desc' },
  });
  if (!invite || !isRole(invite.role)) return null;
  const spent = await db.userInvite.updateMany({ where: { id: invite.id, acceptedAt: null }, data: { acceptedAt: now } });
  return spent.count === 1 ? invite.role : null;
}
