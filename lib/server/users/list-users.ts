import 'server-only';
import { isRole } from '@/lib/auth/permissions';
import { db } from '@/lib/db';

/** More users than this is not a team this page is for; the list says when it stops short. */
export const maxListedUsers = 500;

/**
 * Everyone with an account, oldest first, with their latest sign-in among the sessions still
 * open (sign-out and expiry delete sessions, so someone signed out shows none).
 */
export async function listUsers() {
  const [rows, sessions] = await Promise.all([
    db.user.findMany({
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take: maxListedUsers + 1,
      select: { id: true, name: true, email: true, role: true, active: true, createdAt: true },
    }),
    db.authSession.groupBy({ by: ['userId'], _max: { createdAt: true } }),
  ]);
  const lastSignIn = new Map(sessions.map((s) => [s.userId, s._max.createdAt]));
  const users = rows.slice(0, maxListedUsers).map((user) => ({
    ...user,
    // Only the app writes roles; a row it could not have written acts as nobody (request-actor.ts) and is listed as the least role.
    role: isRole(user.role) ? user.role : ('viewer' as const),
    lastSignInAt: lastSignIn.get(user.id) ?? null,
  }));
  return { users, truncated: rows.length > maxListedUsers };
}

export type ListedUser = Awaited<ReturnType<typeof listUsers>>['users'][number];
