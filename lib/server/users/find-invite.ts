import 'server-only';
import { isRole, type Role } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { hashInviteToken } from './invite-token';

export type InviteLookup =
  | { state: 'open'; email: string; role: Role; expiresAt: Date }
  | { state: 'used' | 'expired' | 'unknown' };

/**
 * What an invitation link leads to, for its page: the invitation if it can still be accepted,
 * else why not. A revoked invitation is deleted, so it reads as unknown, like a mistyped link.
 */
export async function findInvite(token: string, now = new Date()): Promise<InviteLookup> {
  if (!token || token.length > 200) return { state: 'unknown' };
  const invite = await db.userInvite.findUnique({
    where: { tokenHash: hashInviteToken(token) },
    select: { email: true, role: true, expiresAt: true, acceptedAt: true },
  });
  if (!invite || !isRole(invite.role)) return { state: 'unknown' };
  if (invite.acceptedAt) return { state: 'used' };
  if (invite.expiresAt <= now) return { state: 'expired' };
  return { state: 'open', email: invite.email, role: invite.role, expiresAt: invite.expiresAt };
}
