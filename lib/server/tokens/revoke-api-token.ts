import 'server-only';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/actor';
import { AppError } from '@/lib/http/app-error';
import { auditActorOf, recordAudit } from '@/lib/server/audit/record-audit';

/**
 * Revokes a token: the next request with it is refused (verifyApiToken reads revoked_at every
 * time). Revoking a revoked token changes nothing and answers the same.
 */
export async function revokeApiToken(actor: Actor & { ip?: string | null }, id: string, now = new Date()) {
  return db.$transaction(async (tx) => {
    const revoked = await tx.apiToken.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: now } });
    const token = await tx.apiToken.findUnique({ where: { id }, select: { id: true, name: true, role: true, revokedAt: true } });
    if (!token) throw new AppError('not_found', `No API token with id ${id}`);
    if (revoked.count === 1) {
      const summary = `Revoked API token "${token.name}"`;
      await recordAudit(auditActorOf(actor), { action: 'token.revoke', target: { type: 'token', id }, summary, details: { name: token.name } }, tx);
    }
    return token;
  });
}
