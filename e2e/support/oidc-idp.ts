import { generateKeyPairSync, randomBytes } from 'node:crypto';
import Provider from 'oidc-provider';
import { testIdp, testServer } from './test-server';

// A real OpenID Connect provider (panva's oidc-provider, as certified by the OpenID
// Foundation) for the single sign-on tests, on 127.0.0.1 over plain http. People log in on
// its own development pages (login, then consent) with any password; the login typed is the
// email address the provider vouches for, verified — unless it starts with `unverified:`,
// which makes the provider assert the rest as an address it did NOT verify. So each test
// makes up its own people, and runs never collide.

export const unverifiedPrefix = 'unverified:';

/** The login to type at the provider for an address it asserts but did not verify. */
export const unverifiedLogin = (email: string) => `${unverifiedPrefix}${email}`;

export type RunningIdp = { close: () => Promise<void> };

export async function startOidcIdp(): Promise<RunningIdp> {
  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  const provider = new Provider(testIdp.issuer, {
    clients: [
      {
        client_id: testIdp.clientId,
        client_secret: testIdp.clientSecret,
        redirect_uris: [`${testServer.baseUrl}/api/auth/callback/oidc`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [{ ...signingKey, kid: 'e2e', use: 'sig', alg: 'RS256' }] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    features: { devInteractions: { enabled: true } },
    findAccount: (_ctx, login) => ({
      accountId: login,
      claims: () => {
        const unverified = login.startsWith(unverifiedPrefix);
        const email = unverified ? login.slice(unverifiedPrefix.length) : login;
        return { sub: login, email, email_verified: !unverified, name: email.split('@')[0] };
      },
    }),
  });
  // A failure inside the provider shows in the test output, not only as a vague error page.
  provider.on('server_error', (_ctx, error) => console.error('[oidc-idp]', error));
  const server = provider.listen(testIdp.port, '127.0.0.1');
  await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject));
  return {
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
