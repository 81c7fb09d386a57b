// The sandbox stands in for 8x8 *for this app only*: it delivers webhooks to this app's
// own address and nowhere else, so nobody can use it (and the webhook token it carries)
// to reach another host.

/** Whether `url` is at `base` — same scheme, host and port, and under its path. */
export function isUnderBase(url: string, base: string): boolean {
  let target: URL;
  let own: URL;
  try {
    target = new URL(url);
    own = new URL(base);
  } catch {
    return false;
  }
  if (target.origin !== own.origin || target.username || target.password) return false;
  const prefix = own.pathname.replace(/\/+$/, '');
  return target.pathname === prefix || target.pathname.startsWith(`${prefix}/`);
}
