import { describe, expect, it } from 'vitest';
import { parseCallbackCsv, type ParsedCallbacks } from './parse-callback-csv';
import { batchResultsCsv } from './results-csv';

function rows(parsed: ParsedCallbacks) {
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.rows;
}

describe('parseCallbackCsv', () => {
  it('reads the number column and makes every other column a variable', () => {
    const parsed = parseCallbackCsv('name,number,order\r\nAnn,+6591234567,A-1\r\n"Lee, Bo",6598765432,"B ""2"""\r\n');
    expect(parsed).toEqual({
      ok: true,
      numberColumn: 'number',
      varColumns: ['name', 'order'],
      rows: [
        { row: 2, raw: '+6591234567', number: '+6591234567', vars: { name: 'Ann', order: 'A-1' }, problem: null },
        { row: 3, raw: '6598765432', number: '+6598765432', vars: { name: 'Lee, Bo', order: 'B "2"' }, problem: null },
      ],
    });
  });

  it('accepts a destination column, any case, a BOM and spaces around values', () => {
    const parsed = parseCallbackCsv('\uFEFF Destination , city\n +65 9123 4567 , Singapore ');
    expect(parsed).toMatchObject({ ok: true, numberColumn: 'Destination', varColumns: ['city'] });
    expect(rows(parsed)).toEqual([{ row: 2, raw: '+65 9123 4567', number: '+6591234567', vars: { city: 'Singapore' }, problem: null }]);
  });

  it('reads a results CSV back: the neutralised "\'+65…" and "\'-5" are the number and value again', () => {
    const results = batchResultsCsv([{ row: 2, raw: '+6591234567', number: '+6591234567', vars: { balance: '-5', note: '=x' }, problem: null }], ['balance', 'note'], []);
    expect(results).toContain("'+6591234567");
    expect(rows(parseCallbackCsv(results))).toEqual([
      { row: 2, raw: '+6591234567', number: '+6591234567', vars: { row: '2', result: 'not launched', session_id: '', reason: 'The batch stopped before this row', balance: '-5', note: '=x' }, problem: null },
    ]);
  });

  it('explains each bad row by its spreadsheet row and keeps the good ones', () => {
    const parsed = parseCallbackCsv('number,name\n+6591234567,Ann\n\n+12,Bo\n,Cy\nnot a number,Di\n+6591234568,Ed,extra\n+6591234569');
    expect(rows(parsed).map((r) => [r.row, r.problem])).toEqual([
      [2, null],
      [4, 'row 4: +12 is not an E.164 number (e.g. +6591234567)'],
      [5, 'row 5: no number'],
      [6, 'row 6: not a number is not an E.164 number (e.g. +6591234567)'],
      [7, 'row 7: 3 values but the header has 2 columns'],
      [8, null],
    ]);
    // A short row leaves its missing variables empty.
    expect(rows(parsed).at(-1)?.vars).toEqual({ name: '' });
  });

  it('refuses a value longer than a variable can hold', () => {
    const [row] = rows(parseCallbackCsv(`number,note\n+6591234567,${'x'.repeat(501)}`));
    expect(row?.problem).toBe('row 2: note is longer than 500 characters');
  });

  it('marks a row whose quote is never closed', () => {
    const parsed = rows(parseCallbackCsv('number,name\n+6591234567,"Ann\n+6591234568,Bo'));
    expect(parsed).toHaveLength(1);
    expect(parsed[0]?.problem).toBe('row 2: a quoted value is never closed (a " is missing)');
  });

  it.each([
    ['', 'The CSV is empty: the first row names the columns, e.g. number,name'],
    ['\n\r\n', 'The CSV is empty: the first row names the columns, e.g. number,name'],
    ['number,name', 'The CSV has a header but no rows to call'],
    ['phone,name\n+6591234567,Ann', 'row 1: no number column: name the column of phone numbers "number" (or "destination"); the columns are "phone", "name"'],
    ['number,destination\n+6591234567,+6591234568', 'row 1: give one number column, "number" or "destination", not both'],
    ['number,first name\n+6591234567,Ann', 'row 1: the column "first name" cannot be a variable: use letters, digits and _ (not starting with a digit), at most 32 characters'],
    ['number,__proto__\n+6591234567,x', 'row 1: the column "__proto__" cannot be a variable: use letters, digits and _ (not starting with a digit), at most 32 characters'],
    ['number,name,name\n+6591234567,a,b', 'row 1: the column "name" appears twice'],
    ['number,,name\n+6591234567,,a', 'row 1: column 2 has no name'],
  ])('refuses the file %j: %s', (text, message) => {
    expect(parseCallbackCsv(text)).toEqual({ ok: false, message });
  });

  it('refuses more rows than one batch takes', () => {
    const text = `number\n${Array.from({ length: 10_001 }, () => '+6591234567').join('\n')}`;
    expect(parseCallbackCsv(text)).toEqual({ ok: false, message: 'The CSV has 10001 rows; at most 10000 can be called in one batch' });
  });
});
