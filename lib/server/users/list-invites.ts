import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { auditActorOf, recordAudit } from '@/lib/server/audit/record-audit';

/** Invitations not yet used, newest first (expired ones too, marked, so an admin sees them lapse). */
export async function listOpenInvites(now = new Date()) {
  const rows = await db.userInvite.findMany({
    where: { acceptedAt: null },
    orderBy: { createdAt: 'desc' },
    take: 200,
    select: { id: true, email: true, role: true, invitedBy: true, createdAt: true, expiresAt: true },
  });
  return rows.map((row) => ({ ...row, expired: row.expiresAt <= now }));
}

/** Withdraws an unused invitation: its link stops working at once. */
export async function revokeInvite(actor: Actor & { ip?: string | null }, id: string): Promise<{ email: string } | null> {
  return db.$transaction(async (tx) => {
    const invite = await tx.userInvite.findFirst({ where: { id, acceptedAt: null }, select: { email: true } });
    if (!invite) return null;
    await tx.userInvite.delete({ where: { id } });
    const summary = `Revoked the invitation for ${invite.email}`;
    await recordAudit(auditActorOf(actor), { action: 'user.invite_revoke', target: { type: 'invite', id }, summary, details: { email: invite.email } }, tx);
    return invite;
  });
}
