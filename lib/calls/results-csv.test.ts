import { describe, expect, it } from 'vitest';
import { csvRecords } from './csv-records';
import type { CallbackRow } from './parse-callback-csv';
import { batchResultsCsv, toCsv } from './results-csv';
import type { BatchResult } from './run-batch';

describe('toCsv', () => {
  it('quotes only what needs it, with CRLF line ends', () => {
    expect(toCsv(['row', 'reason'], [['2', 'plain'], ['3', 'a, "b"'], ['4', ' padded'], ['5', 'two\nlines']])).toBe(
      'row,reason\r\n2,plain\r\n3,"a, ""b"""\r\n4," padded"\r\n5,"two\nlines"\r\n',
    );
  });

  it('neutralises formula cells', () => {
    expect(toCsv(['v'], [['=1+1'], ['@A1']])).toBe("v\r\n'=1+1\r\n'@A1\r\n");
  });

  it('reads back as the same fields', () => {
    const rows = [['x', '"', ',', 'a\r\nb', '']];
    expect(csvRecords(toCsv(['a', 'b', 'c', 'd', 'e'], rows)).map((r) => r.fields)).toEqual([['a', 'b', 'c', 'd', 'e'], ...rows]);
  });
});

describe('batchResultsCsv', () => {
  it('lists every row: created, failed, skipped and never reached, with its variables', () => {
    const rows: CallbackRow[] = [
      { row: 2, raw: '+6591000002', number: '+6591000002', vars: { name: 'Ann' }, problem: null },
      { row: 3, raw: '+12', number: '+12', vars: { name: 'Bo' }, problem: 'row 3: +12 is not an E.164 number' },
      { row: 4, raw: '+6591000004', number: '+6591000004', vars: { name: 'Cy, Jr' }, problem: null },
      { row: 5, raw: '+6591000005', number: '+6591000005', vars: { name: 'Di' }, problem: null },
    ];
    const results: BatchResult[] = [
      { row: 2, number: '+6591000002', outcome: 'created', sessionId: 's-2', reason: null },
      { row: 3, number: '+12', outcome: 'skipped', sessionId: null, reason: 'row 3: +12 is not an E.164 number' },
      { row: 4, number: '+6591000004', outcome: 'failed', sessionId: null, reason: '8x8 refused: source / caller ID not allowed (-1014)' },
    ];
    expect(batchResultsCsv(rows, ['name'], results).split('\r\n')).toEqual([
      'row,number,result,session_id,reason,name',
      "2,'+6591000002,created,s-2,,Ann",
      "3,'+12,skipped,,row 3: +12 is not an E.164 number,Bo",
      `4,'+6591000004,failed,,8x8 refused: source / caller ID not allowed (-1014),"Cy, Jr"`,
      "5,'+6591000005,not launched,,The batch stopped before this row,Di",
      '',
    ]);
  });
});
