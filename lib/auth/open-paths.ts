/** Pages a stranger may open: signing in, the first-admin setup, accepting an invitation. */
export const openPagePaths = ['/sign-in', '/setup', '/invite'] as const;

export function isOpenPagePath(pathname: string): boolean {
  return openPagePaths.some((path) => pathname === path || pathname.startsWith(`${path}/`));
}

/** The path proxy.ts saw, for the layout and pages (the proxy always overwrites what a client sent). */
export const pathHeader = 'x-ivr-path';
