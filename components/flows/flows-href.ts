import { withParams } from '@/components/history/history-params';

/** The flows page for a search and page; the URL is the page's state, so a view can be shared. */
export function flowsHref(q: string, page = 1): string {
  return `/${withParams({}, { q: q.trim(), page: page > 1 ? String(page) : undefined })}`;
}
