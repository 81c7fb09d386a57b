import { variableNamePattern } from '@/lib/flow/template-text';
import { isE164, normalizePhoneNumber } from '@/lib/phone-number';
import { unneutralised } from './csv';
import { csvRecords, isBlankRecord } from './csv-records';

export const maxCallbackRows = 10_000;
export const maxVarLength = 500;

export type CallbackRow = {
  /** The spreadsheet row (the header is row 1), for messages people can find. */
  row: number;
  /** As written in the file, for showing. */
  raw: string;
  /** +E.164 when valid. */
  number: string;
  vars: Record<string, string>;
  /** Why the row cannot be called; null when it can. */
  problem: string | null;
};

export type ParsedCallbacks =
  | { ok: true; numberColumn: string; varColumns: string[]; rows: CallbackRow[] }
  | { ok: false; message: string };

const numberColumns = ['number', 'destination'];

/**
 * A callback list: a header row with a `number` (or `destination`) column, every other
 * column a variable for that row's call ({{vars.column}}). Blank lines are skipped; each
 * bad row is kept with a message and never stops the others.
 */
export function parseCallbackCsv(text: string): ParsedCallbacks {
  const records = csvRecords(text).filter((r) => !isBlankRecord(r));
  const header = records[0];
  if (!header) return { ok: false, message: 'The CSV is empty: the first row names the columns, e.g. number,name' };
  const columns = header.fields.map((f) => f.trim());
  const headerProblem = checkHeader(columns, header.unclosedQuote);
  if (headerProblem) return { ok: false, message: `row ${header.row}: ${headerProblem}` };
  const numberIndex = columns.findIndex((c) => numberColumns.includes(c.toLowerCase()));
  const data = records.slice(1);
  if (data.length === 0) return { ok: false, message: 'The CSV has a header but no rows to call' };
  if (data.length > maxCallbackRows) return { ok: false, message: `The CSV has ${data.length} rows; at most ${maxCallbackRows} can be called in one batch` };

  const rows = data.map((record): CallbackRow => {
    // A results CSV loaded again: its "'+65…" and "'-5" were neutralised by our writer.
    const values = record.fields.map((f) => unneutralised(f.trim()));
    const raw = values[numberIndex] ?? '';
    const vars: Record<string, string> = {};
    columns.forEach((column, index) => {
      if (index !== numberIndex) vars[column] = values[index] ?? '';
    });
    const number = normalizePhoneNumber(raw);
    const problem = rowProblem(record.unclosedQuote, values.length, columns, raw, vars);
    return { row: record.row, raw, number, vars, problem: problem && `row ${record.row}: ${problem}` };
  });
  return { ok: true, numberColumn: columns[numberIndex]!, varColumns: columns.filter((_, i) => i !== numberIndex), rows };
}

function checkHeader(columns: string[], unclosedQuote: boolean): string | null {
  if (unclosedQuote) return 'a quoted column name is never closed';
  const numbers = columns.filter((c) => numberColumns.includes(c.toLowerCase()));
  if (numbers.length === 0) return `no number column: name the column of phone numbers "number" (or "destination"); the columns are ${columns.map((c) => `"${c}"`).join(', ')}`;
  if (numbers.length > 1) return 'give one number column, "number" or "destination", not both';
  const seen = new Set<string>();
  for (const [index, column] of columns.entries()) {
    if (numberColumns.includes(column.toLowerCase())) continue;
    if (column === '') return `column ${index + 1} has no name`;
    if (!variableNamePattern.test(column) || column === '__proto__') {
      return `the column "${column}" cannot be a variable: use letters, digits and _ (not starting with a digit), at most 32 characters`;
    }
    if (seen.has(column)) return `the column "${column}" appears twice`;
    seen.add(column);
  }
  return null;
}

function rowProblem(unclosedQuote: boolean, valueCount: number, columns: string[], raw: string, vars: Record<string, string>): string | null {
  if (unclosedQuote) return 'a quoted value is never closed (a " is missing)';
  if (valueCount > columns.length) return `${valueCount} values but the header has ${columns.length} columns`;
  if (raw === '') return 'no number';
  if (!isE164(raw)) return `${raw} is not an E.164 number (e.g. +6591234567)`;
  const long = Object.entries(vars).find(([, value]) => value.length > maxVarLength);
  if (long) return `${long[0]} is longer than ${maxVarLength} characters`;
  return null;
}
