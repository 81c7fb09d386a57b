import 'server-only';
import { db } from '@/lib/db';

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
export async function revokeInvite(id: string): Promise<{ email: string } | null> {
  const invite = await db.userInvite.findFirst({ where: { id, acceptedAt: null }, select: { email: true } });
  if (!invite) return null;
  await db.userInvite.delete({ where: { id } });
  return invite;
}
