import { describe, expect, it } from 'vitest';
import { csvRecords } from './csv-records';
import { csvField, csvRow, unneutralised } from './csv';

describe('csvField', () => {
  it('leaves plain values bare and empties null', () => {
    expect(csvField('Sales')).toBe('Sales');
    expect(csvField(-2003)).toBe('-2003');
    expect(csvField(true)).toBe('true');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });

  it('quotes commas, quotes, line breaks and edge spaces, doubling inner quotes', () => {
    expect(csvField('Sales, "VIP"')).toBe('"Sales, ""VIP"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('a\rb')).toBe('"a\rb"');
    expect(csvField(' padded ')).toBe('" padded "');
  });

  it('writes dates as ISO 8601', () => {
    expect(csvField(new Date('2026-11-21T10:00:00Z'))).toBe('2026-11-21T10:00:00.000Z');
  });

  // OWASP CSV injection: each character a spreadsheet starts a formula with.
  it.each([
    ['=', '=HYPERLINK("http://evil.example","x")', `"'=HYPERLINK(""http://evil.example"",""x"")"`],
    ['+', '+1+cmd|/C calc!A0', "'+1+cmd|/C calc!A0"],
    ['-', '-2+3', "'-2+3"],
    ['@', '@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['tab', '\t=1+1', "'\t=1+1"],
    ['CR', '\r=1+1', `"'\r=1+1"`],
  ])('neutralises a text starting with %s by a leading quote', (_what, text, written) => {
    expect(csvField(text)).toBe(written);
    expect(csvRecords(csvRow([text]))[0]?.fields).toEqual([`'${text}`]);
  });

  it('neutralises phone numbers too (they start with +), as OWASP advises', () => {
    expect(csvField('+6591178965')).toBe("'+6591178965");
  });

  it('leaves a formula character later in the text alone', () => {
    expect(csvField('a=b+c-d@e')).toBe('a=b+c-d@e');
  });
});

describe('unneutralised', () => {
  it('reads back what csvField neutralised, and nothing else', () => {
    for (const text of ['+6591178965', '=1+1', '-5', '@x', '\tx']) expect(unneutralised(`'${text}`)).toBe(text);
    for (const text of ["'quoted'", "'a", 'plain', '']) expect(unneutralised(text)).toBe(text);
  });
});

describe('csvRow', () => {
  it('joins fields with commas and ends in CRLF', () => {
    expect(csvRow(['a', 'b,c', null, 3])).toBe('a,"b,c",,3\r\n');
  });
});
