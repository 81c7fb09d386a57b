import 'server-only';
import { createAuthMiddleware, isAPIError } from 'better-auth/api';
import { db } from '@/lib/db';
import { recordAudit, type AuditActor, type AuditChange } from '@/lib/server/audit/record-audit';
import { clientIpHeader } from './actor';

// Sign-in, sign-out and password changes in the audit log, as Better Auth answers them
// (wired in lib/auth/auth.ts). The address is the one scripts/server.mjs put in
// X-Client-IP, never one a client typed. Sign-in attempts the rate limit refuses never
// reach the password check and are not recorded: a flood would only grow the log.

type Named = { id: string; email: string };

const reasons: Record<string, string> = {
  INVALID_EMAIL_OR_PASSWORD: 'wrong email or password',
  INVALID_EMAIL: 'not an email address',
  FAILED_TO_CREATE_SESSION: 'no session was allowed (a deactivated account?)',
  VALIDATION_ERROR: 'a malformed request',
};

function ipOf(headers: Headers | undefined): string | null {
  return headers?.get(clientIpHeader) || null;
}

/** Better Auth's error code, or for a single sign-on callback the `error` of the page it redirects to. */
function reasonOf(returned: unknown): string {
  if (!isAPIError(returned)) return 'unknown';
  const location = returned.headers instanceof Headers ? returned.headers.get('location') : null;
  if (location) return new URL(location, 'http://app.invalid').searchParams.get('error') ?? 'unknown';
  const code = (returned.body as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : returned.status.toString();
}

const isFailure = (returned: unknown) => isAPIError(returned) && returned.statusCode >= 400;

async function record(actor: AuditActor, change: AuditChange): Promise<void> {
  // The sign-in itself has happened (or been refused) already: a failed write is logged, not turned into a 500.
  await recordAudit(actor, change).catch((error: unknown) => console.error('Could not record an audit entry:', error));
}

function signedIn(user: Named, ip: string | null, method: string) {
  return record(
    { type: 'user', id: user.id, label: user.email, ip },
    { action: 'auth.sign_in', target: { type: 'user', id: user.id }, summary: `Signed in with ${method}`, details: { method } },
  );
}

async function signInFailed(attempted: unknown, ip: string | null, method: string, code: string) {
  const email = typeof attempted === 'string' ? attempted.trim().toLowerCase().slice(0, 254) : '';
  const known = email ? await db.user.findUnique({ where: { email }, select: { id: true } }) : null;
  const reason = reasons[code] ?? code;
  await record(
    { type: 'anonymous', label: email || `(${method})`, ip },
    {
      action: 'auth.sign_in_failed',
      ...(known && { target: { type: 'user', id: known.id } }),
      summary: `Failed sign-in${email ? ` as ${email}` : ''} with ${method}: ${reason}`,
      details: { email: email || null, method, reason: code, knownUser: Boolean(known) },
    },
  );
}

/** Where an identity provider sends the browser back: generic OAuth, the SSO plugin, social sign-in. */
const ssoCallback = /^\/(oauth2\/callback|sso\/callback|callback)\/[^/]+$/;

/** hooks.after: every answer of Better Auth's endpoints passes here. */
export const auditAuthResponses = createAuthMiddleware(async (ctx) => {
  const ip = ipOf(ctx.headers ?? ctx.request?.headers);
  const returned = ctx.context.returned;
  const session = ctx.context.newSession;
  if (ctx.path === '/sign-in/email') {
    const body = ctx.body as { email?: unknown } | undefined;
    if (session && !isFailure(returned)) await signedIn(session.user, ip, 'password');
    else await signInFailed(body?.email, ip, 'password', reasonOf(returned));
  } else if (ssoCallback.test(ctx.path)) {
    // Single sign-on's callback answers with a redirect whether it worked or not: the new session tells.
    if (session) await signedIn(session.user, ip, 'single sign-on');
    else await signInFailed(undefined, ip, 'single sign-on', reasonOf(returned));
  } else if (ctx.path === '/change-password' && !isFailure(returned)) {
    const user = (returned as { user?: Named } | undefined)?.user;
    const revoked = Boolean((ctx.body as { revokeOtherSessions?: unknown } | undefined)?.revokeOtherSessions);
    if (user) {
      await record(
        { type: 'user', id: user.id, label: user.email, ip },
        {
          action: 'auth.password_change',
          target: { type: 'user', id: user.id },
          summary: `Changed their password${revoked ? ' and signed out their other sessions' : ''}`,
          details: { revokedOtherSessions: revoked },
        },
      );
    }
  }
});

/** databaseHooks.session.delete.after: a session ended by signing out (not by expiry or deactivation). */
export async function auditSignOut(session: { userId: string }, context: { path?: string; headers?: Headers; request?: Request } | null): Promise<void> {
  if (context?.path !== '/sign-out') return;
  const user = await db.user.findUnique({ where: { id: session.userId }, select: { id: true, email: true } });
  if (!user) return;
  await record(
    { type: 'user', id: user.id, label: user.email, ip: ipOf(context.headers ?? context.request?.headers) },
    { action: 'auth.sign_out', target: { type: 'user', id: user.id }, summary: 'Signed out' },
  );
}
