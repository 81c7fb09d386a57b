// Resolved against a placeholder origin the way a browser resolves a Location header: what
// does not stay on that origin leaves the site. Checking the text instead misses what URL
// parsing forgives (`/\evil`, `/<tab>/evil` and `//evil` all mean another host).
const placeholder = 'http://this-site.invalid';

/** Where to go after signing in: a path on this site only (never //host or a URL), else home. */
export function safeNextPath(next: string | null | undefined): string {
  if (!next?.startsWith('/')) return '/';
  let url: URL;
  try {
    url = new URL(next, placeholder);
  } catch {
    return '/';
  }
  // Re-serialised, so the browser reads exactly the path that was checked.
  return url.origin === placeholder ? `${url.pathname}${url.search}${url.hash}` : '/';
}
