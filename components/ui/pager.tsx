import Link from 'next/link';
import { buttonStyles } from './button';

/** Links to the pages either side of this one; `href` keeps the rest of the list's query. */
export function Pager({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="Pages" className="flex items-center justify-between text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} className={buttonStyles.secondary}>
          Previous page
        </Link>
      ) : (
        <span />
      )}
      {page < pages && (
        <Link href={href(page + 1)} className={buttonStyles.secondary}>
          Next page
        </Link>
      )}
    </nav>
  );
}
