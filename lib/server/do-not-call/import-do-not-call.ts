import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import type { DoNotCallSource } from '@/lib/do-not-call/do-not-call-input';
import { readDoNotCallCsv, type ImportProblem } from '@/lib/do-not-call/read-do-not-call-csv';
import { AppError } from '@/lib/http/app-error';
import { auditActorOf, recordAudit } from '@/lib/server/audit/record-audit';

const source: DoNotCallSource = 'import';

/** Rows per INSERT: each batch is two array parameters, so its size only bounds one statement's work. */
const batchSize = 10_000;

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
        const batch = numbers.slice(at, at + batchSize);
        // Arrays, not createMany: Prisma builds a 10,000-row VALUES list on the event loop, which
        // stalled every other request for seconds. ON CONFLICT DO NOTHING: a listed number keeps
        // its first entry, and the rows inserted are the count added.
        count += await tx.$executeRaw`
          INSERT INTO do_not_call (number, source, reason, added_by)
          SELECT entry.number, ${source}, entry.reason, ${actor.id}
          FROM unnest(${batch.map(([number]) => number)}::text[], ${batch.map(([, reason]) => reason)}::text[]) AS entry(number, reason)
          ON CONFLICT (number) DO NOTHING`;
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
