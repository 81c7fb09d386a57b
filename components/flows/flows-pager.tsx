import Link from 'next/link';
import { buttonStyles } from '@/components/ui/button';
import { flowsHref } from './flows-href';

/** Links to the pages either side of this one, keeping the search (`hrefFor`: another list's pages). */
export function FlowsPager({ q, page, pages, hrefFor = (n) => flowsHref(q, n) }: { q: string; page: number; pages: number; hrefFor?: (page: number) => string }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="Pages" className="flex items-center justify-between text-sm">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} className={buttonStyles.secondary}>
          Previous page
        </Link>
      ) : (
        <span />
      )}
      {page < pages && (
        <Link href={hrefFor(page + 1)} className={buttonStyles.secondary}>
          Next page
        </Link>
      )}
    </nav>
  );
}
