/** Pages a stranger may open: signing in, the first-admin setup, accepting an invitation. */
export const openPagePaths = ['/sign-in', '/setup', '/invite'] as const;

export function isOpenPagePath(pathname: string): boolean {
  return openPagePaths.some((path) => pathname === path || pathname.startsWith(`${path}/`));
}

/**
 * The prompt library's files, /prompts/<sha256>.<ext>: 8x8 fetches them without a session,
 * and the route (app/prompts/[file]) serves stored recordings only. Not a page: the layout's
 * sign-in redirect never runs for it, only proxy.ts's hint must let it through.
 */
export function isPublicFilePath(pathname: string): boolean {
  return /^\/prompts\/[^/]+$/.test(pathname);
}

/** The path proxy.ts saw, for the layout and pages (the proxy always overwrites what a client sent). */
export const pathHeader = 'x-ivr-path';
