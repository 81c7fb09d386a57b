/**
 * The origin the client used. Next's request.url names its own listening host (it
 * says localhost for 127.0.0.1), so the Host header — and a proxy's
 * X-Forwarded-Proto/Host — are what say how this app was reached.
 */
export function requestOrigin(headers: Pick<Headers, 'get'>): string {
  const host = headers.get('x-forwarded-host') ?? headers.get('host') ?? 'localhost';
  const proto = headers.get('x-forwarded-proto') ?? 'http';
  return `${proto.split(',')[0]!.trim()}://${host.split(',')[0]!.trim()}`;
}
