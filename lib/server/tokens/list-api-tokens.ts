import 'server-only';
import { db } from '@/lib/db';

export const maxListedTokens = 500;

/** Every token, newest first, with its state; never the token or its hash. */
export async function listApiTokens(now = new Date()) {
  const rows = await db.apiToken.findMany({
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    take: maxListedTokens + 1,
    select: { id: true, name: true, role: true, prefix: true, createdBy: true, createdAt: true, expiresAt: true, lastUsedAt: true, revokedAt: true },
  });
  const tokens = rows.slice(0, maxListedTokens).map((row) => ({
    ...row,
    revoked: row.revokedAt !== null,
    expired: row.expiresAt !== null && row.expiresAt <= now,
  }));
  return { tokens, truncated: rows.length > maxListedTokens };
}

export type ListedApiToken = Awaited<ReturnType<typeof listApiTokens>>['tokens'][number];
