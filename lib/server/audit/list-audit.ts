import 'server-only';
import type { ListAuditQuery } from '@/lib/audit/audit-query';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { auditOrder, auditWhere } from './audit-where';

export const auditEntrySelect = {
  id: true,
  at: true,
  actorType: true,
  actorId: true,
  actorLabel: true,
  ip: true,
  action: true,
  targetType: true,
  targetId: true,
  summary: true,
  details: true,
} satisfies Prisma.AuditEntrySelect;

export type AuditRow = Prisma.AuditEntryGetPayload<{ select: typeof auditEntrySelect }>;

/** An entry as the API sends it: the id as a string (it is a 64-bit integer). */
export function toAuditEntry(row: AuditRow) {
  return { ...row, id: row.id.toString() };
}
export type AuditEntryView = ReturnType<typeof toAuditEntry>;

/**
 * One page of entries, newest first. No total count: on a long log it would cost more than the
 * page; one extra row read says whether an older page exists.
 */
export async function listAudit(query: ListAuditQuery) {
  const rows = await db.auditEntry.findMany({
    where: auditWhere(query),
    orderBy: auditOrder,
    skip: (query.page - 1) * query.pageSize,
    take: query.pageSize + 1,
    select: auditEntrySelect,
  });
  return { entries: rows.slice(0, query.pageSize).map(toAuditEntry), page: query.page, pageSize: query.pageSize, hasMore: rows.length > query.pageSize };
}
