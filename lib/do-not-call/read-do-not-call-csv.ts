import { unneutralised } from '@/lib/calls/csv';
import { headerKey, namedNumberColumn, readPhoneCsv } from '@/lib/csv/read-phone-csv';
import { toE164 } from '@/lib/e164';
import { maxImportRows, maxListedProblems, maxReasonLength, reasonText } from './do-not-call-input';

export type ImportProblem = { line: number; reason: string };

export type DoNotCallCsv = {
  /** Where the numbers were read: a named column (0-based index), or the first column of a file without a header. */
  numberColumn: { index: number; name: string | null };
  /** Data rows read (blank lines and the header not counted). */
  rows: number;
  /** Each number once, in file order, with the reason of its first row. */
  entries: Map<string, string | null>;
  /** Rows whose number an earlier row of the file already had. */
  duplicates: number;
  /** The first bad rows (maxListedProblems), by line in the file. */
  invalid: ImportProblem[];
  invalidCount: number;
};

export type ReadDoNotCallCsv = { ok: true; csv: DoNotCallCsv } | { ok: false; message: string };

const reasonHeaders = new Set(['reason', 'note', 'notes']);

class TooManyRows extends Error {}

/**
 * Reads a do-not-call CSV as it streams: the number column is the one named number, phone,
 * msisdn or e164 (any case), else the first; a "reason" column, when named, gives each row's
 * reason. Every bad row is reported by the line it starts on (a quoted value may span lines)
 * and never stops the others; a number seen earlier in the file is a duplicate, not an error.
 */
export async function readDoNotCallCsv(chunks: AsyncIterable<Uint8Array | string>, { maxRows = maxImportRows } = {}): Promise<ReadDoNotCallCsv> {
  const tally = new Tally(maxRows);
  try {
    await readPhoneCsv(chunks, tally);
  } catch (error) {
    if (error instanceof TooManyRows) return { ok: false, message: `The file has more than ${maxRows.toLocaleString('en')} rows: split it into smaller files` };
    throw error;
  }
  if (!tally.started) return { ok: false, message: 'The file is empty: put one phone number per line, or a header row such as "number,reason" and then the numbers' };
  if (tally.rows === 0) return { ok: false, message: 'The file has a header row but no numbers under it' };
  return { ok: true, csv: tally.result() };
}

class Tally {
  constructor(private readonly maxRows: number) {}
  started = false;
  rows = 0;
  private numberIndex = 0;
  private numberName: string | null = null;
  private reasonIndex = -1;
  private duplicates = 0;
  private invalid: ImportProblem[] = [];
  private invalidCount = 0;
  private entries = new Map<string, string | null>();

  record(line: number, fields: string[]): void {
    if (fields.every((field) => field.trim() === '')) return;
    if (!this.started) {
      this.started = true;
      if (this.readHeader(fields)) return;
    }
    this.rows += 1;
    if (this.rows > this.maxRows) throw new TooManyRows();
    const cell = fields[this.numberIndex] ?? '';
    if (cell.trim() === '') return this.problem(line, this.numberName ? `no number in the "${this.numberName}" column` : 'no number in the first column');
    const parsed = toE164(cell);
    if (!parsed.ok) return this.problem(line, parsed.problem);
    const reason = this.reasonIndex >= 0 ? reasonText(unneutralised((fields[this.reasonIndex] ?? '').trim())) : '';
    if (reason.length > maxReasonLength) return this.problem(line, `the reason is longer than ${maxReasonLength} characters`);
    if (this.entries.has(parsed.number)) this.duplicates += 1;
    else this.entries.set(parsed.number, reason || null);
  }

  /** A record csv-parse could not read: a row, and a bad one. */
  unreadable(line: number, reason: string): void {
    this.started = true;
    this.rows += 1;
    this.problem(line, reason);
  }

  problem(line: number, reason: string): void {
    this.invalidCount += 1;
    if (this.invalid.length < maxListedProblems) this.invalid.push({ line, reason });
  }

  /**
   * The first row is a header when it names a number column, or when its first cell has no
   * digit at all ("Mobile"); a file that starts with a number has no header.
   */
  private readHeader(fields: string[]): boolean {
    const named = namedNumberColumn(fields);
    if (named < 0 && /\d/.test(fields[0] ?? '')) return false;
    this.numberIndex = Math.max(named, 0);
    this.numberName = fields[this.numberIndex]!.trim() || null;
    this.reasonIndex = fields.findIndex((cell) => reasonHeaders.has(headerKey(cell)));
    return true;
  }

  result(): DoNotCallCsv {
    return {
      numberColumn: { index: this.numberIndex, name: this.numberName },
      rows: this.rows,
      entries: this.entries,
      duplicates: this.duplicates,
      invalid: this.invalid,
      invalidCount: this.invalidCount,
    };
  }
}
