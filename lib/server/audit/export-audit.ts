import 'server-only';
import type { AuditFilter } from '@/lib/audit/audit-query';
// Summaries and labels hold what people typed (flow names, a failed sign-in's email): csvRow
// neutralises every text cell a spreadsheet would run as a formula.
import { csvRow } from '@/lib/calls/csv';
import { db } from '@/lib/db';
import { auditOrder, auditWhere } from './audit-where';
import { auditEntrySelect, type AuditRow } from './list-audit';

const pageSize = 500;

export const auditExportColumns = ['id', 'at', 'actor_type', 'actor_id', 'actor', 'ip', 'action', 'target_type', 'target_id', 'summary', 'details'] as const;


/** The filtered entries as CSV lines, newest first, read a page at a time (keyset on at, id). */
export async function* exportAuditCsv(filter: AuditFilter): AsyncGenerator<string> {
  yield csvRow(auditExportColumns);
  const where = auditWhere(filter);
  let cursor: { at: Date; id: bigint } | null = null;
  for (;;) {
    const rows: AuditRow[] = await db.auditEntry.findMany({
      where: cursor ? { AND: [where, { OR: [{ at: { lt: cursor.at } }, { at: cursor.at, id: { lt: cursor.id } }] }] } : where,
      orderBy: auditOrder,
      take: pageSize,
      select: auditEntrySelect,
    });
    if (rows.length === 0) return;
    yield rows
      .map((r) =>
        csvRow([
          r.id.toString(),
          r.at,
          r.actorType,
          r.actorId,
          r.actorLabel,
          r.ip,
          r.action,
          r.targetType,
          r.targetId,
          r.summary,
          r.details === null ? null : JSON.stringify(r.details),
        ]),
      )
      .join('');
    const last = rows.at(-1);
    if (!last || rows.length < pageSize) return;
    cursor = { at: last.at, id: last.id };
  }
}
