import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { isRole } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { apiTokenPrefix, hashApiToken } from './api-token-secret';

/** last_used_at is written at most this often per token, not on every request. */
const lastUseResolutionMs = 60_000;

/** The token's actor, or null when it is unknown, revoked or expired (checked on every request). */
export async function verifyApiToken(token: string, now = new Date()): Promise<Actor | null> {
  if (!token.startsWith(apiTokenPrefix) || token.length > 200) return null;
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    select: { id: true, name: true, role: true, expiresAt: true, revokedAt: true, lastUsedAt: true },
  });
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now) || !isRole(row.role)) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > lastUseResolutionMs) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  return { type: 'token', id: row.id, label: row.name, role: row.role };
}
