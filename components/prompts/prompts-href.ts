import { withParams } from '@/components/history/history-params';

/** The prompts page for a search and page; the URL is the page's state. */
export function promptsHref(q: string, page = 1): string {
  return `/prompts${withParams({}, { q: q.trim() || undefined, page: page > 1 ? String(page) : undefined })}`;
}
