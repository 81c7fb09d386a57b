// The bench's server starts with ADMIN_EMAIL/ADMIN_PASSWORD on its empty database; the bench
// signs in once and sends the session cookie (and Origin, as a browser would) on every call to
// the app's own API. Webhooks carry the webhook token instead, as 8x8 does.

export const benchAdmin = { email: 'bench@bench.test', password: 'bench-admin-password' };

let cookie = '';
let origin = '';

export async function signInBenchAdmin(baseUrl: string): Promise<void> {
  const response = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: baseUrl },
    body: JSON.stringify(benchAdmin),
  });
  if (!response.ok) throw new Error(`bench: signing in failed: HTTP ${response.status} ${await response.text()}`);
  cookie = response.headers.getSetCookie().map((line) => line.split(';')[0]).join('; ');
  origin = baseUrl;
}

/** Headers that make a request the signed-in bench admin's. */
export function adminHeaders(extra: Record<string, string> = {}): Record<string, string> {
  if (!cookie) throw new Error('bench: signInBenchAdmin first');
  return { Cookie: cookie, Origin: origin, ...extra };
}

/** The session cookie for a browser context (the designer bench). */
export function adminCookies(baseUrl: string) {
  return cookie.split('; ').map((pair) => {
    const [name, ...value] = pair.split('=');
    return { name: name!, value: value.join('='), url: baseUrl };
  });
}
