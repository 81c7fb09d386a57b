import { withParams } from '@/components/history/history-params';

/** The list for a search and page; the URL is the page's state, so a view can be shared. */
export function doNotCallHref(q: string, page = 1): string {
  return `/do-not-call${withParams({}, { q: q.trim(), page: page > 1 ? String(page) : undefined })}`;
}

/** The export of what the search shows (every number when there is no search). */
export function doNotCallExportHref(q: string): string {
  return `/api/do-not-call/export${withParams({}, { q: q.trim() })}`;
}
