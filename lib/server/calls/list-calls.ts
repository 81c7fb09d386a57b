import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';

export const callStatusFilters = ['live', 'COMPLETED', 'BUSY', 'NO_ANSWER', 'FAILED', 'CANCELED', 'ERROR', 'NOT_CREATED'] as const;

export const listCallsQuery = z.object({
  flowId: z.string().optional(),
  /** A final status (8x8's, or NOT_CREATED for a refused launch), or "live" for calls in progress. */
  status: z
    .string()
    .transform((v) => (v.toLowerCase() === 'live' ? 'live' : v.toUpperCase()))
    .pipe(z.enum(callStatusFilters, { error: `status must be one of: ${callStatusFilters.join(', ')}` }))
    .optional(),
  direction: z.enum(['INBOUND', 'OUTBOUND'], { error: 'direction must be INBOUND or OUTBOUND' }).optional(),
  from: z.coerce.date({ error: 'from must be a date, e.g. 2026-11-01' }).optional(),
  to: z.coerce.date({ error: 'to must be a date, e.g. 2026-11-30' }).optional(),
  /** Part of the caller's or dialed number. */
  number: z.string().trim().max(20).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200, 'pageSize is at most 200').default(50),
});
export type ListCallsQuery = z.infer<typeof listCallsQuery>;

export async function listCalls(query: ListCallsQuery) {
  const where: Prisma.CallSessionWhereInput = {
    ...(query.flowId && { flowId: query.flowId }),
    ...(query.direction && { direction: query.direction }),
    ...(query.status === 'live' ? { endedAt: null } : query.status ? { finalStatus: query.status } : {}),
    ...((query.from || query.to) && { startedAt: { ...(query.from && { gte: query.from }), ...(query.to && { lt: query.to }) } }),
    ...(query.number && { OR: [{ caller: { contains: query.number } }, { dialed: { contains: query.number } }] }),
  };
  const [calls, total] = await Promise.all([
    db.callSession.findMany({
      where,
      orderBy: [{ startedAt: 'desc' }, { id: 'desc' }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      select: {
        id: true,
        direction: true,
        caller: true,
        dialed: true,
        status: true,
        currentNodeId: true,
        startedAt: true,
        endedAt: true,
        finalStatus: true,
        errorCode: true,
        errorMeaning: true,
        flowId: true,
        flowVersion: { select: { version: true } },
      },
    }),
    db.callSession.count({ where }),
  ]);
  return { calls, total, page: query.page, pageSize: query.pageSize };
}
