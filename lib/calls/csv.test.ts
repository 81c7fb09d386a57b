import { describe, expect, it } from 'vitest';
import { csvField, csvRow, neutralizeFormula } from './csv';

describe('csvField', () => {
  it('leaves plain values bare and empties null', () => {
    expect(csvField('+6591178965')).toBe('+6591178965');
    expect(csvField(-2003)).toBe('-2003');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });

  it('quotes commas, quotes and line breaks, doubling inner quotes', () => {
    expect(csvField('Sales, "VIP"')).toBe('"Sales, ""VIP"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('a\rb')).toBe('"a\rb"');
  });

  it('writes dates as ISO 8601', () => {
    expect(csvField(new Date('2026-11-21T10:00:00Z'))).toBe('2026-11-21T10:00:00.000Z');
  });
});

describe('csvRow', () => {
  it('joins fields with commas and ends in CRLF', () => {
    expect(csvRow(['a', 'b,c', null, 3])).toBe('a,"b,c",,3\r\n');
  });
});

describe('neutralizeFormula', () => {
  it('prefixes a quote to text a spreadsheet would run as a formula', () => {
    for (const cell of ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tx', '\rx', '=HYPERLINK("http://evil.example")']) {
      expect(neutralizeFormula(cell)).toBe(`'${cell}`);
    }
  });

  it('leaves other text alone, and is idempotent', () => {
    expect(neutralizeFormula('Published v2')).toBe('Published v2');
    expect(neutralizeFormula('')).toBe('');
    expect(neutralizeFormula(neutralizeFormula('=1'))).toBe("'=1");
  });
});
