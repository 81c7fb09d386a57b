import 'server-only';
// Reasons are what people typed, or what a CSV held: csvRow neutralises every cell a
// spreadsheet would run as a formula (numbers too, "'+6591234567"; the import reads them back).
import { csvRow } from '@/lib/calls/csv';
import { db } from '@/lib/db';
import type { DoNotCallFilter } from '@/lib/do-not-call/do-not-call-input';
import { doNotCallSelect, withAddedByLabels, type DoNotCallRow } from './do-not-call-entry';
import { doNotCallWhere } from './list-do-not-call';

const pageSize = 1000;

export const doNotCallExportColumns = ['number', 'source', 'reason', 'added_at', 'added_by', 'added_by_id', 'session_id'] as const;

/** The list (or the numbers starting with the filter's prefix) as CSV lines by number, read a page at a time (keyset on the number). */
export async function* exportDoNotCallCsv(filter: DoNotCallFilter): AsyncGenerator<string> {
  yield csvRow(doNotCallExportColumns);
  const where = doNotCallWhere(filter);
  let after: string | null = null;
  for (;;) {
    const rows: DoNotCallRow[] = await db.doNotCall.findMany({
      where: after === null ? where : { AND: [where, { number: { gt: after } }] },
      orderBy: { number: 'asc' },
      take: pageSize,
      select: doNotCallSelect,
    });
    if (rows.length === 0) return;
    const entries = await withAddedByLabels(rows);
    yield entries.map((e) => csvRow([e.number, e.source, e.reason, e.addedAt, e.addedByLabel, e.addedBy, e.sessionId])).join('');
    if (rows.length < pageSize) return;
    after = rows.at(-1)!.number;
  }
}
