import type { AuditFilter } from '@/lib/audit/audit-query';
import { auditAreas, type AuditArea } from '@/lib/audit/audit-actions';
import type { Prisma } from '@/lib/generated/prisma/client';

/** Prisma's `contains`/`startsWith` are LIKE patterns: a typed "%" or "_" must match itself. */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, '\\$&');

const isArea = (value: string): value is AuditArea => (auditAreas as readonly string[]).includes(value);

/** The entries a filter keeps. */
export function auditWhere(filter: AuditFilter): Prisma.AuditEntryWhereInput {
  const and: Prisma.AuditEntryWhereInput[] = [];
  if (filter.action) and.push(isArea(filter.action) ? { action: { startsWith: `${filter.action}.` } } : { action: filter.action });
  if (filter.actor) {
    and.push({ OR: [{ actorId: filter.actor }, { actorLabel: { startsWith: escapeLike(filter.actor), mode: 'insensitive' } }] });
  }
  if (filter.targetType) and.push({ targetType: filter.targetType });
  if (filter.targetId) and.push({ targetId: filter.targetId });
  if (filter.from) and.push({ at: { gte: filter.from } });
  if (filter.to) and.push({ at: { lt: filter.to } });
  if (filter.q) and.push({ summary: { contains: escapeLike(filter.q), mode: 'insensitive' } });
  return and.length ? { AND: and } : {};
}

/** Newest first; the id orders entries of the same millisecond the way they were written. */
export const auditOrder = [{ at: 'desc' }, { id: 'desc' }] satisfies Prisma.AuditEntryOrderByWithRelationInput[];
