import { z } from 'zod';

// Paging for list endpoints: every list has a default page size and a maximum, and a
// page number past this is refused (an OFFSET that large is a scan, not a page).

export const maxPage = 100_000;

export const pageField = z.coerce
  .number({ error: 'page must be a whole number' })
  .int('page must be a whole number')
  .min(1, 'page starts at 1')
  .max(maxPage, `page is at most ${maxPage}`)
  .default(1);

export function pageSizeField(defaultSize: number, maxSize: number) {
  return z.coerce
    .number({ error: 'pageSize must be a whole number' })
    .int('pageSize must be a whole number')
    .min(1, 'pageSize is at least 1')
    .max(maxSize, `pageSize is at most ${maxSize}`)
    .default(defaultSize);
}

/** `{ page, pageSize }` with this list's default and maximum page size. */
export const pagingQuery = (defaultSize: number, maxSize: number) => z.object({ page: pageField, pageSize: pageSizeField(defaultSize, maxSize) });
