import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { pageField, pageSizeField } from '@/lib/http/paging';
import { flowSummarySelect, toFlowSummary } from './flow-summary';

/** The flows page's query (`/?q=…&page=…`). */
export const searchFlowsQuery = z.object({
  q: z.string().trim().max(200, 'q is at most 200 characters').default(''),
  page: pageField,
});
export type SearchFlowsQuery = z.infer<typeof searchFlowsQuery>;

// Small enough that the page (and an accessibility scan of it) stays quick after a test run's hundreds of flows.
export const flowsPageSize = 25;

/** `GET /api/flows?q&page&pageSize`: the same search, 100 a page by default, at most 500. */
export const listFlowsQuery = searchFlowsQuery.extend({ pageSize: pageSizeField(100, 500) });
export type ListFlowsQuery = z.infer<typeof listFlowsQuery>;

/** Prisma's `contains` is a LIKE pattern: without this, a "%" or "_" typed in the search would be a wildcard. */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, '\\$&');

/** The flows whose name contains the text (any case), or one of whose numbers contains its digits. */
export function flowSearchWhere(q: string): Prisma.FlowWhereInput {
  const text = q.trim();
  if (!text) return {};
  const byName: Prisma.FlowWhereInput = { name: { contains: escapeLike(text), mode: 'insensitive' } };
  // "+65 6833-2048", "6833 2048" and "68332048" all find +6568332048; text with letters is a name only.
  const digits = /^[+\d\s().-]+$/.test(text) ? text.replace(/\D/g, '') : '';
  if (!digits) return byName;
  // Numbers are stored as "+" and digits (normalizePhoneNumber), so a number's digits contain
  // `digits` exactly when the stored number does.
  return { OR: [byName, { numbers: { some: { number: { contains: digits } } } }] };
}

/**
 * One page of the matching flows, newest edit first. On the flows page a page past the
 * end shows the last one (`pastEnd: 'last'`); the API answers it empty, so a client
 * paging until an empty page stops.
 */
export async function searchFlows(
  { q, page, pageSize = flowsPageSize }: SearchFlowsQuery & { pageSize?: number },
  pastEnd: 'last' | 'empty' = 'last',
) {
  const where = flowSearchWhere(q);
  const total = await db.flow.count({ where });
  const pages = Math.max(1, Math.ceil(total / pageSize));
  // Clamped, so deleting the only row of the last page (or an old link) still shows flows.
  const shown = pastEnd === 'last' ? Math.min(page, pages) : page;
  const rows = await db.flow.findMany({
    where,
    // The id breaks ties so that a flow is never on two pages, or on none.
    orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
    skip: (shown - 1) * pageSize,
    take: pageSize,
    select: flowSummarySelect,
  });
  return { flows: rows.map(toFlowSummary), total, page: shown, pages, pageSize };
}
export type FlowsPage = Awaited<ReturnType<typeof searchFlows>>;
