import 'server-only';
import { db } from '@/lib/db';
import { AppError } from '@/lib/http/app-error';

/**
 * Revokes a token: the next request with it is refused (verifyApiToken reads revoked_at every
 * time). Revoking a revoked token changes nothing and answers the same.
 */
export async function revokeApiToken(id: string, now = new Date()) {
  await db.apiToken.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: now } });
  const token = await db.apiToken.findUnique({ where: { id }, select: { id: true, name: true, role: true, revokedAt: true } });
  if (!token) throw new AppError('not_found', `No API token with id ${id}`);
  return token;
}
