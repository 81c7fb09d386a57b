import { describe, expect, it } from 'vitest';
import { csvRecords } from './csv-records';

const fields = (text: string) => csvRecords(text).map((r) => r.fields);

describe('csvRecords', () => {
  it('splits fields on commas and records on LF, CRLF and CR', () => {
    expect(fields('a,b\n1,2\r\n3,4\r5,6')).toEqual([['a', 'b'], ['1', '2'], ['3', '4'], ['5', '6']]);
  });

  it('keeps commas, line breaks and doubled quotes inside quotes', () => {
    expect(fields('number,note\n+6591234567,"Hi, ""Ann""\r\nsee you"\n')).toEqual([
      ['number', 'note'],
      ['+6591234567', 'Hi, "Ann"\r\nsee you'],
    ]);
  });

  it('numbers records as spreadsheet rows, a quoted line break not starting one', () => {
    expect(csvRecords('h\n"a\nb"\nc').map((r) => r.row)).toEqual([1, 2, 3]);
  });

  it('drops a UTF-8 BOM and a final line end', () => {
    expect(fields('\uFEFFnumber\r\n+6591234567\r\n')).toEqual([['number'], ['+6591234567']]);
  });

  it('keeps empty fields and blank lines as records', () => {
    expect(fields('a,,c\n\n,')).toEqual([['a', '', 'c'], [''], ['', '']]);
  });

  it('treats spaces before an opening quote as padding', () => {
    expect(fields('a, "b, c"')).toEqual([['a', 'b, c']]);
  });

  it('marks a record whose quote is never closed', () => {
    const records = csvRecords('a\n"open, and on\nto the end');
    expect(records.at(-1)).toEqual({ row: 2, fields: ['open, and on\nto the end'], unclosedQuote: true });
  });

  it('gives nothing for empty text', () => {
    expect(csvRecords('')).toEqual([]);
  });
});
