// CSRF: a state-changing request authenticated by a cookie must come from the app's own
// pages. Browsers send Origin on every cross-site (and same-site non-GET) request and
// Sec-Fetch-Site on all of them; neither can be set by a page of another site.

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isSafeMethod(method: string): boolean {
  return safeMethods.has(method.toUpperCase());
}

/** Null when the request may proceed; else what is wrong, for a 403. */
export function crossSiteRefusal(headers: Pick<Headers, 'get'>, trustedOrigins: readonly string[]): string | null {
  const site = headers.get('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') return `Refused a ${site} request: changes must come from this app's own pages`;
  const origin = headers.get('origin');
  if (origin) {
    if (!trustedOrigins.includes(origin) && !sameHost(origin, headers.get('host'))) {
      return `Refused a request from ${origin}: changes must come from this app's own pages`;
    }
  } else if (site !== 'same-origin') {
    return 'Refused a request without an Origin header: changes made with a session cookie must come from this app’s pages (scripts use an API token)';
  }
  const type = headers.get('content-type');
  const hasBody = Number(headers.get('content-length') ?? 0) > 0 || headers.get('transfer-encoding') !== null;
  if (hasBody && !preflightedBodyType.test(type ?? '')) {
    return `Send the body as application/json, or text/csv where a CSV is asked for (got ${type ?? 'no Content-Type'})`;
  }
  return null;
}

/**
 * Body types a page of another site cannot send without a CORS preflight, which this app never
 * grants: a form sends only urlencoded, multipart or text/plain. JSON, and text/csv for the
 * do-not-call import; each route still refuses a type it does not read.
 */
const preflightedBodyType = /^(application\/json|text\/csv)\s*(;|$)/i;

/** Origin's host:port equals the Host the browser sent: the page and the request share an origin. */
function sameHost(origin: string, host: string | null): boolean {
  if (!host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
