import { credentialHeaders, type DataDipMethod, type DataDipRequest } from '@/lib/data-dip/data-dip-request';

// Where a redirect leads, as fetch() would follow it, with one difference: credentials never
// travel to another origin. Leaving the origin (another host, port, or http after https) drops
// Authorization, Cookie and every header the flow filled with a secret; a 307/308 that would
// resend a body holding a secret there is refused rather than followed.

export type Hop = { url: URL; method: DataDipMethod; headers: Record<string, string>; body?: string };

export const redirectStatuses: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

export function firstHop(request: DataDipRequest): Hop {
  return { url: new URL(request.url), method: request.method, headers: { ...request.headers }, ...(request.body !== undefined && { body: request.body }) };
}

export function nextHop(hop: Hop, status: number, location: string, secrets: DataDipRequest['secrets']): Hop | { error: string } {
  let url: URL;
  try {
    url = new URL(location, hop.url);
  } catch {
    return { error: `redirect to an invalid address (HTTP ${status})` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { error: `redirect to ${url.protocol} refused: only http and https` };
  // 303, and 301/302 after a POST, continue as a GET without the body (as browsers do).
  const becomesGet = status === 303 || ((status === 301 || status === 302) && hop.method === 'POST');
  const method: DataDipMethod = becomesGet ? 'GET' : hop.method;
  const keepsBody = !becomesGet && hop.body !== undefined;
  const crossOrigin = url.origin !== hop.url.origin;
  if (crossOrigin && keepsBody && secrets?.inBody) {
    return { error: `redirect to another origin (${url.origin}) refused: it would resend the body, which holds a secret` };
  }
  const secretHeaders = new Set((secrets?.headerNames ?? []).map((name) => name.toLowerCase()));
  const headers = Object.fromEntries(
    Object.entries(hop.headers).filter(([name]) => {
      const lower = name.toLowerCase();
      if (!keepsBody && lower.startsWith('content-')) return false;
      return !(crossOrigin && (credentialHeaders.has(lower) || secretHeaders.has(lower)));
    }),
  );
  return { url, method, headers, ...(keepsBody && { body: hop.body }) };
}
