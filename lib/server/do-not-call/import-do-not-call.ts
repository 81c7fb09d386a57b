import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import type { DoNotCallSource } from '@/lib/do-not-call/do-not-call-input';
import { readDoNotCallCsv, type ImportProblem } from '@/lib/do-not-call/read-do-not-call-csv';
import { AppError } from '@/lib/http/app-error';
import { auditActorOf, recordAudit } from '@/lib/server/audit/record-audit';

/** Rows per INSERT: 4 parameters each, well under PostgreSQL's 65,535 per statement. */
const batchSize = 5000;

export type DoNotCallImportResult = {
  /** Data rows in the file (the header and blank lines not counted). */
  rows: number;
  added: number;
  /** Valid numbers that were on the list before: their first entry is kept. */
  alreadyListed: number;
  /** Rows repeating a number an earlier row of the file had. */
  duplicates: number;
  /** The first bad rows, by line; invalidCount counts them all. */
  invalid: ImportProblem[];
  invalidCount: number;
  numberColumn: { index: number; name: string | null };
};

/**
 * Imports a CSV (see readDoNotCallCsv) as it streams in: the whole file is read first, then
 * its numbers are written in batches in one transaction with one audit entry of the counts —
 * all of them or, if anything fails, none. rows = added + alreadyListed + duplicates + invalidCount.
 */
export async function importDoNotCall(actor: Actor & { ip?: string | null }, chunks: AsyncIterable<Uint8Array | string>): Promise<DoNotCallImportResult> {
  const read = await readDoNotCallCsv(chunks);
  if (!read.ok) throw new AppError('unprocessable', read.message);
  const { csv } = read;
  const numbers = [...csv.entries];
  const added = await db.$transaction(
    async (tx) => {
      let count = 0;
      for (let at = 0; at < numbers.length; at += batchSize) {
        const batch = numbers.slice(at, at + batchSize).map(([number, reason]) => ({ number, source: 'import' satisfies DoNotCallSource, reason, addedBy: actor.id }));
        // ON CONFLICT DO NOTHING: a listed number keeps its first entry, and counts as already listed.
        count += (await tx.doNotCall.createMany({ data: batch, skipDuplicates: true })).count;
      }
      const alreadyListed = numbers.length - count;
      const column = csv.numberColumn.name ? `the “${csv.numberColumn.name}” column` : 'the first column';
      await recordAudit(
        auditActorOf(actor),
        {
          action: 'dnc.import',
          summary: `Imported a CSV to the do-not-call list: ${count} added, ${alreadyListed} already listed, ${csv.duplicates} duplicates, ${csv.invalidCount} bad rows (${csv.rows} rows, numbers from ${column})`,
          details: { rows: csv.rows, added: count, alreadyListed, duplicates: csv.duplicates, invalid: csv.invalidCount, numberColumn: csv.numberColumn },
        },
        tx,
      );
      return count;
    },
    // A long file is many batches: more than the default 5 s on a busy server.
    { timeout: 120_000, maxWait: 10_000 },
  );
  return {
    rows: csv.rows,
    added,
    alreadyListed: numbers.length - added,
    duplicates: csv.duplicates,
    invalid: csv.invalid,
    invalidCount: csv.invalidCount,
    numberColumn: csv.numberColumn,
  };
}
