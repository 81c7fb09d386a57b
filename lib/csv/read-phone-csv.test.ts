import { describe, expect, it } from 'vitest';
import { headerKey, namedNumberColumn, readPhoneCsv } from './read-phone-csv';

// The reading both phone-number imports share: records with the line they start on, whatever
// the line ends, delimiter or chunking; an unclosed quote is one unreadable record.

async function* chunksOf(text: string, size = text.length || 1) {
  const bytes = new TextEncoder().encode(text);
  for (let at = 0; at < bytes.length; at += size) yield bytes.slice(at, at + size);
}

async function records(text: string, size?: number) {
  const seen: Array<{ line: number; fields: string[] } | { line: number; unreadable: string }> = [];
  await readPhoneCsv(chunksOf(text, size), { record: (line, fields) => seen.push({ line, fields }), unreadable: (line, reason) => seen.push({ line, unreadable: reason }) });
  return seen;
}

describe('readPhoneCsv', () => {
  it('gives each record the line it starts on: blank lines and values spanning lines, any line ends', async () => {
    const text = ['number,reason', '+6591234567,"a reason', 'on two lines"', '', 'bad,x', '"+6591234568","three', 'more', 'lines"', '+6591234569,ok'].join('\n');
    for (const lineEnd of ['\n', '\r\n', '\r']) {
      expect(await records(text.replaceAll('\n', lineEnd)), JSON.stringify(lineEnd)).toEqual([
        { line: 1, fields: ['number', 'reason'] },
        { line: 2, fields: ['+6591234567', 'a reason\non two lines'] },
        { line: 5, fields: ['bad', 'x'] },
        { line: 6, fields: ['+6591234568', 'three\nmore\nlines'] },
        { line: 9, fields: ['+6591234569', 'ok'] },
      ]);
    }
  });

  it('is the same whatever chunks the body arrives in (a CRLF or a BOM split between two)', async () => {
    const text = '\uFEFFnumber\r\n"x\r\ny"\r\nnope\r\n';
    for (const size of [1, 2, 3, 7]) {
      expect(await records(text, size), `chunks of ${size}`).toEqual([
        { line: 1, fields: ['number'] },
        { line: 2, fields: ['x\ny'] },
        { line: 4, fields: ['nope'] },
      ]);
    }
  });

  it('reads semicolon- and tab-separated files', async () => {
    expect(await records('number;reason\n+6591234567;a, b\n')).toEqual([{ line: 1, fields: ['number', 'reason'] }, { line: 2, fields: ['+6591234567', 'a, b'] }]);
    expect((await records('reason\tnumber\nc\t+6591234567\n'))[1]).toEqual({ line: 2, fields: ['c', '+6591234567'] });
  });

  it('reports a quote never closed at the line it opens, after the records before it', async () => {
    expect(await records('number\n+6591234567\n"never closed\n+6591234569\n')).toEqual([
      { line: 1, fields: ['number'] },
      { line: 2, fields: ['+6591234567'] },
      { line: 3, unreadable: expect.stringMatching(/never closed .* lines 3 to 4/) },
    ]);
  });

  it('stops with what a record handler throws', async () => {
    class Stop extends Error {}
    const reading = readPhoneCsv(chunksOf('number\n1\n2\n'), {
      record: (line) => {
        if (line === 2) throw new Stop();
      },
      unreadable: () => {},
    });
    await expect(reading).rejects.toBeInstanceOf(Stop);
  });
});

describe('namedNumberColumn', () => {
  it.each(['number', 'PHONE', 'msisdn', 'E164', 'e.164', 'Phone Number', 'phone_number'])('knows the header %j', (header) => {
    expect(namedNumberColumn(['id', header, 'name'])).toBe(1);
  });
  it('is -1 when no column is named as a number', () => {
    expect(namedNumberColumn(['mobile', 'name'])).toBe(-1);
    expect(headerKey(' Phone-Number ')).toBe('phonenumber');
  });
});
