import { genericOAuth } from 'better-auth/plugins/generic-oauth';
import type { Env } from '@/lib/env';

// Single sign-on with any OpenID Connect provider (OIDC_ISSUER, OIDC_CLIENT_ID,
// OIDC_CLIENT_SECRET), through Better Auth's generic OAuth plugin: endpoints from the
// issuer's discovery document, authorization code flow with PKCE, a nonce, and the ID token
// verified against the issuer's keys (signature, issuer, audience) before anyone is let in.

export const ssoProviderId = 'oidc';

/** Where the provider sends people back; register `<APP_BASE_URL><ssoCallbackPath>` with it. */
export const ssoCallbackPath = `/api/auth/callback/${ssoProviderId}`;

export function ssoPlugins(settings: Env) {
  const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET } = settings;
  if (!OIDC_ISSUER || !OIDC_CLIENT_ID || !OIDC_CLIENT_SECRET) return [];
  return [
    genericOAuth({
      config: [
        {
          providerId: ssoProviderId,
          name: settings.OIDC_NAME,
          discoveryUrl: `${OIDC_ISSUER.replace(/\/+$/, '')}/.well-known/openid-configuration`,
          clientId: OIDC_CLIENT_ID,
          clientSecret: OIDC_CLIENT_SECRET,
          scopes: ['openid', 'email', 'profile'],
          pkce: true,
          // Without the issuer's keys an ID token would be decoded unverified: refuse instead.
          requireIdTokenVerification: true,
          // client_secret_basic: RFC 6749 makes every provider support it (post is optional).
          authentication: 'basic',
        },
      ],
    }),
  ];
}
