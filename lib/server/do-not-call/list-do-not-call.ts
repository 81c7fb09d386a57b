import 'server-only';
import { db } from '@/lib/db';
import type { DoNotCallFilter, ListDoNotCallQuery } from '@/lib/do-not-call/do-not-call-input';
import type { Prisma } from '@/lib/generated/prisma/client';
import { doNotCallSelect, withAddedByLabels } from './do-not-call-entry';

/** Numbers starting with the prefix (already "+" and digits), or all. */
export function doNotCallWhere({ q }: DoNotCallFilter): Prisma.DoNotCallWhereInput {
  return q ? { number: { startsWith: q } } : {};
}

/**
 * One page of the list, newest first (the number breaks ties: an import adds thousands at one
 * instant, and no row may be on two pages). The page shows the last page for a page past the
 * end (`pastEnd: 'last'`, so removing the last row of a page still shows rows); the API answers
 * it empty, so a client paging until an empty page stops.
 */
export async function listDoNotCall(query: ListDoNotCallQuery, pastEnd: 'last' | 'empty' = 'empty') {
  const where = doNotCallWhere(query);
  const total = await db.doNotCall.count({ where });
  const pages = Math.max(1, Math.ceil(total / query.pageSize));
  const page = pastEnd === 'last' ? Math.min(query.page, pages) : query.page;
  const rows = await db.doNotCall.findMany({
    where,
    orderBy: [{ addedAt: 'desc' }, { number: 'asc' }],
    skip: (page - 1) * query.pageSize,
    take: query.pageSize,
    select: doNotCallSelect,
  });
  return { entries: await withAddedByLabels(rows), total, page, pages, pageSize: query.pageSize };
}
export type DoNotCallPage = Awaited<ReturnType<typeof listDoNotCall>>;
