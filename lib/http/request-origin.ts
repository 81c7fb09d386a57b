import { env } from '@/lib/env';

/**
 * The origin the client used, for showing it back to that client — never for a URL
 * stored or handed to someone else (webhook URLs come from APP_BASE_URL: see
 * lib/server/settings/webhook-base-url.ts). X-Forwarded-Host/-Proto are believed only
 * with TRUST_PROXY=1: without a proxy any client can send them. (scripts/server.mjs
 * already drops them then; this is the second lock.)
 */
export function requestOrigin(headers: Pick<Headers, 'get'>, trustProxy: boolean = env().TRUST_PROXY): string {
  const forwardedHost = trustProxy ? headers.get('x-forwarded-host') : null;
  const forwardedProto = trustProxy ? headers.get('x-forwarded-proto') : null;
  const host = forwardedHost ?? headers.get('host') ?? 'localhost';
  const proto = forwardedProto ?? 'http';
  return `${first(proto)}://${first(host)}`;
}

const first = (list: string) => list.split(',')[0]!.trim();
