import { NextResponse, type NextRequest } from 'next/server';
import { isOpenPagePath, isPublicFilePath, pathHeader } from '@/lib/auth/open-paths';

// Next 16's proxy (formerly middleware): sends a visitor without a session cookie to the
// sign-in page (but not 8x8 fetching a prompt library file), and tells pages which path was
// asked for. The cookie is only a hint — every page and handler checks the session on the
// server (lib/auth/require-page.ts, lib/http/route.ts).

const sessionCookies = ['ivr.session_token', '__Secure-ivr.session_token'];

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (!isOpenPagePath(pathname) && !isPublicFilePath(pathname) && !sessionCookies.some((name) => request.cookies.has(name))) {
    const url = request.nextUrl.clone();
    url.pathname = '/sign-in';
    url.search = `?next=${encodeURIComponent(pathname + search)}`;
    return NextResponse.redirect(url);
  }
  const forwarded = new Headers(request.headers);
  forwarded.set(pathHeader, pathname + search);
  return NextResponse.next({ request: { headers: forwarded } });
}

export const config = {
  // Pages only: the API, the sandbox and Next's own files answer for themselves.
  matcher: ['/((?!api/|sandbox/|_next/|icon.svg|favicon.ico).*)'],
};
