import { unneutralised } from '@/lib/calls/csv';
import { namedNumberColumn, readPhoneCsv } from '@/lib/csv/read-phone-csv';
import { toE164 } from '@/lib/e164';
import { variableNamePattern } from '@/lib/flow/template-text';

// A campaign's contacts CSV, read as it streams (the do-not-call import's approach): a header
// row, a number column (number, phone, msisdn or e164; else the first), every other column a
// {{vars.<column>}} for that contact. Every bad row is reported by line, never dropped silently.

export type ContactProblem = { line: number; reason: string };
export type ContactRow = { number: string; vars: Record<string, string>; line: number };

export type ContactsCsv = {
  numberColumn: string;
  varColumns: string[];
  /** Data rows (header and blank lines not counted) = contacts + duplicates + invalidCount. */
  rows: number;
  contacts: ContactRow[];
  /** Rows whose number an earlier row had: merged into it (the first row's values kept). */
  duplicates: number;
  invalid: ContactProblem[];
  invalidCount: number;
};

export type ReadContactsCsv = { ok: true; csv: ContactsCsv } | { ok: false; message: string };

export const maxContactRows = 200_000;
export const maxListedContactProblems = 1000;
export const maxVarValue = 500;
const maxVarColumns = 50;

class TooManyRows extends Error {}
class BadHeader extends Error {}

export async function readContactsCsv(chunks: AsyncIterable<Uint8Array | string>, { maxRows = maxContactRows } = {}): Promise<ReadContactsCsv> {
  const tally = new Tally(maxRows);
  try {
    await readPhoneCsv(chunks, tally);
  } catch (error) {
    if (error instanceof TooManyRows) return { ok: false, message: `The file has more than ${maxRows.toLocaleString('en')} contacts: split it into smaller campaigns` };
    if (error instanceof BadHeader) return { ok: false, message: error.message };
    throw error;
  }
  if (!tally.header) return { ok: false, message: 'The file is empty: give a header row such as "number,name" and one contact per row' };
  if (tally.rows === 0) return { ok: false, message: 'The file has a header row but no contacts under it' };
  return { ok: true, csv: tally.result() };
}

class Tally {
  constructor(private readonly maxRows: number) {}
  header: string[] | null = null;
  rows = 0;
  private numberIndex = 0;
  private varIndexes: Array<[number, string]> = [];
  private duplicates = 0;
  private invalid: ContactProblem[] = [];
  private invalidCount = 0;
  private seen = new Set<string>();
  private contacts: ContactRow[] = [];

  record(line: number, fields: string[]): void {
    if (fields.every((field) => field.trim() === '')) return;
    if (!this.header) return this.readHeader(fields);
    this.rows += 1;
    if (this.rows > this.maxRows) throw new TooManyRows();
    const cell = fields[this.numberIndex] ?? '';
    const parsed = toE164(unneutralised(cell));
    if (!parsed.ok) return this.problem(line, cell.trim() === '' ? 'no number' : parsed.problem);
    const vars: Record<string, string> = {};
    for (const [index, name] of this.varIndexes) {
      const value = unneutralised((fields[index] ?? '').trim());
      if (value.length > maxVarValue) return this.problem(line, `the "${name}" value is longer than ${maxVarValue} characters`);
      vars[name] = value;
    }
    if (this.seen.has(parsed.number)) {
      this.duplicates += 1;
      return;
    }
    this.seen.add(parsed.number);
    this.contacts.push({ number: parsed.number, vars, line });
  }

  unreadable(line: number, reason: string): void {
    this.rows += 1;
    this.problem(line, reason);
  }

  private problem(line: number, reason: string): void {
    this.invalidCount += 1;
    if (this.invalid.length < maxListedContactProblems) this.invalid.push({ line, reason });
  }

  private readHeader(fields: string[]): void {
    const names = fields.map((cell) => unneutralised(cell.trim()));
    const named = namedNumberColumn(fields);
    if (named < 0 && /^\s*'?\+?\d/.test(fields[0] ?? '')) throw new BadHeader('The first row must be a header naming the columns, e.g. "number,name": the variables take their names from it');
    this.numberIndex = Math.max(named, 0);
    this.header = names;
    const vars = names.flatMap((name, index) => (index === this.numberIndex || name === '' ? [] : [[index, name] as [number, string]]));
    if (vars.length > maxVarColumns) throw new BadHeader(`At most ${maxVarColumns} columns besides the number`);
    const bad = vars.find(([, name]) => !variableNamePattern.test(name) || name === '__proto__');
    if (bad) throw new BadHeader(`The column "${bad[1]}" cannot be a variable name: use letters, digits and _ (not starting with a digit), at most 32 characters`);
    this.varIndexes = vars;
  }

  result(): ContactsCsv {
    return {
      numberColumn: this.header![this.numberIndex] ?? '',
      varColumns: this.varIndexes.map(([, name]) => name),
      rows: this.rows,
      contacts: this.contacts,
      duplicates: this.duplicates,
      invalid: this.invalid,
      invalidCount: this.invalidCount,
    };
  }
}
