import 'server-only';
import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { nextCookies } from 'better-auth/next-js';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { appBaseUrl } from '@/lib/server/voice/voice-connection';
import { auditAuthResponses, auditSignOut } from './audit-auth-events';
import { authSecret } from './auth-secret';
import { acceptInviteForSso } from './sso-invites';
import { ssoPlugins } from './sso-provider';
import { trustedOrigins } from './trusted-origins';

// Better Auth: password hashing (scrypt), sessions in the database, cookies, rate limits and
// OpenID Connect. Users are never created by a public sign-up: the first admin comes from the
// setup link or ADMIN_EMAIL, everyone else from an invitation (lib/server/users).


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
      // Single sign-on joins an existing account of the same email only when the provider says
      // it verified that address: trusting its bare word would let anyone who can register
      // `admin@…` at the provider take over the admin.
      accountLinking: { enabled: true },
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
        // Starting single sign-on guesses nothing (the provider checks the person) but stores
        // a state: bounded, yet above Better Auth's 3 per 10 s for /sign-in/*, which would
        // turn away a fourth colleague behind the same office address.
        '/sign-in/social': { window: 60, max: 30 },
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
          // Public sign-up is off, so a user created inside a Better Auth endpoint comes from
          // single sign-on (its callback, or an ID token posted to /sign-in/social): only for
          // an address the provider verified and an admin invited. The app's own code (setup,
          // ADMIN_EMAIL, accepted invitations) creates users outside any endpoint.
          before: async (user, context) => {
            if (!context) return { data: user };
            const role = user.emailVerified ? await acceptInviteForSso(user.email) : null;
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
      ...ssoPlugins(settings),
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
