import 'server-only';
import { db } from '@/lib/db';
import { verifyApiToken } from '@/lib/server/tokens/verify-api-token';
import { clientIpHeader, type RequestActor } from './actor';
import { auth } from './auth';
import { isRole } from './permissions';

/**
 * Who sent the request: `Authorization: Bearer <API token>`, else the session cookie
 * (checked against the database: a revoked session, a deactivated user or a changed role
 * takes effect on the next request). Null for a stranger.
 */
export async function requestActor(headers: Headers): Promise<RequestActor | null> {
  const ip = headers.get(clientIpHeader);
  const authorization = headers.get('authorization');
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    const actor = match ? await verifyApiToken(match[1]!) : null;
    return actor ? { ...actor, via: 'bearer', ip } : null;
  }
  const session = await auth().api.getSession({ headers, query: { disableCookieCache: true } });
  if (!session) return null;
  // Read role and active from the row, not the session payload: both change under a live session.
  const user = await db.user.findUnique({ where: { id: session.user.id }, select: { id: true, email: true, name: true, role: true, active: true } });
  if (!user?.active || !isRole(user.role)) return null;
  return { type: 'user', id: user.id, label: user.email, name: user.name, role: user.role, via: 'cookie', ip };
}
