import 'server-only';
import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { nextCookies } from 'better-auth/next-js';
import { genericOAuth } from 'better-auth/plugins/generic-oauth';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { appBaseUrl } from '@/lib/server/voice/voice-connection';
import { auditAuthResponses, auditSignOut } from './audit-auth-events';
import { authSecret } from './auth-secret';
import { acceptInviteForSso } from './sso-invites';
import { trustedOrigins } from './trusted-origins';

// Better Auth: password hashing (scrypt), sessions in the database, cookies, rate limits and
// OpenID Connect. Users are never created by a public sign-up: the first admin comes from the
// setup link or ADMIN_EMAIL, everyone else from an invitation (lib/server/users).

export const ssoProviderId = 'oidc';


function createAuth() {
  const settings = env();
  const base = appBaseUrl();
  return betterAuth({
    appName: 'IVR Studio',
    baseURL: base,
    basePath: '/api/auth',
    secret: authSecret(),
    trustedOrigins: trustedOrigins(),
    database: prismaAdapter(db, { provider: 'postgresql' }),
    telemetry: { enabled: false },
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 12, maxPasswordLength: 128 },
    user: {
      modelName: 'user',
      additionalFields: {
        role: { type: 'string', required: false, defaultValue: 'viewer', input: false },
        active: { type: 'boolean', required: false, defaultValue: true, input: false },
      },
    },
    session: { modelName: 'authSession', expiresIn: 7 * 24 * 3600, updateAge: 24 * 3600 },
    account: {
      modelName: 'authAccount',
      accountLinking: { enabled: true, trustedProviders: [ssoProviderId] },
    },
    verification: { modelName: 'authVerification' },
    rateLimit: {
      enabled: true,
      storage: 'database',
      modelName: 'authRateLimit',
      window: 60,
      max: 300,
      customRules: {
        '/sign-in/email': { window: 60, max: settings.AUTH_SIGN_IN_LIMIT },
        '/change-password': { window: 60, max: settings.AUTH_SIGN_IN_LIMIT },
      },
    },
    advanced: {
      // The server in front of Next (scripts/server.mjs) puts the socket's address here,
      // or the proxy's X-Forwarded-For when TRUST_PROXY=1: a client cannot choose it.
      ipAddress: { ipAddressHeaders: ['x-client-ip'] },
      useSecureCookies: base.startsWith('https://'),
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
      cookiePrefix: 'ivr',
    },
    // Sign-ins (and failures), sign-outs and password changes go to the audit log.
    hooks: { after: auditAuthResponses },
    databaseHooks: {
      user: {
        create: {
          // Single sign-on creates a user only for an address with a pending invitation.
          before: async (user, context) => {
            if (!context?.path?.startsWith('/oauth2/callback')) return { data: user };
            const role = await acceptInviteForSso(user.email);
            return role ? { data: { ...user, role } } : false;
          },
        },
      },
      session: {
        create: {
          // A deactivated user gets no new session, whatever the way in.
          before: async (session) => {
            const user = await db.user.findUnique({ where: { id: session.userId }, select: { active: true } });
            return user?.active ? { data: session } : false;
          },
        },
        delete: { after: auditSignOut },
      },
    },
    plugins: [
      ...(settings.OIDC_ISSUER && settings.OIDC_CLIENT_ID && settings.OIDC_CLIENT_SECRET
        ? [
            genericOAuth({
              config: [
                {
                  providerId: ssoProviderId,
                  name: settings.OIDC_NAME,
                  discoveryUrl: `${settings.OIDC_ISSUER.replace(/\/+$/, '')}/.well-known/openid-configuration`,
                  clientId: settings.OIDC_CLIENT_ID,
                  clientSecret: settings.OIDC_CLIENT_SECRET,
                  scopes: ['openid', 'email', 'profile'],
                  pkce: true,
                },
              ],
            }),
          ]
        : []),
      nextCookies(),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const globalForAuth = globalThis as unknown as { auth?: Auth };

/** The process's Better Auth instance, made on first use (never at build time). */
export function auth(): Auth {
  globalForAuth.auth ??= createAuth();
  return globalForAuth.auth;
}
