// CSRF: a state-changing request authenticated by a cookie must come from the app's own
// pages. Browsers send Origin on every cross-site (and same-site non-GET) request and
// Sec-Fetch-Site on all of them; neither can be set by a page of another site.

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isSafeMethod(method: string): boolean {
  return safeMethods.has(method.toUpperCase());
}

/**
 * What a change's body may be sent as. None is a type an HTML form (or a fetch without a
 * CORS preflight, which the app never grants) can send from another site: JSON everywhere;
 * raw bytes (application/octet-stream or audio/*) where a route takes a file; text/csv where
 * it takes a CSV.
 */
export type BodyKind = 'json' | 'bytes' | 'csv';

const bodyTypes: Record<BodyKind, { pattern: RegExp; ask: string }> = {
  json: { pattern: /^application\/json\s*(;|$)/i, ask: 'Send the body as application/json' },
  bytes: { pattern: /^(application\/octet-stream|audio\/[\w.+-]+)\s*(;|$)/i, ask: 'Send the file as application/octet-stream (or its audio/* type)' },
  csv: { pattern: /^text\/csv\s*(;|$)/i, ask: 'Send the CSV as text/csv' },
};

/** Null when the request may proceed; else what is wrong, for a 403. */
export function crossSiteRefusal(headers: Pick<Headers, 'get'>, trustedOrigins: readonly string[], bodyKind: BodyKind = 'json'): string | null {
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
  const expected = bodyTypes[bodyKind];
  if (hasBody && !expected.pattern.test(type ?? '')) return `${expected.ask} (got ${type ?? 'no Content-Type'})`;
  return null;
}

/** Origin's host:port equals the Host the browser sent: the page and the request share an origin. */
function sameHost(origin: string, host: string | null): boolean {
  if (!host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
