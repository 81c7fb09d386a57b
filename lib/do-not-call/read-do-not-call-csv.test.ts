import { describe, expect, it } from 'vitest';
import { maxImportRows, maxListedProblems } from './do-not-call-input';
import { readDoNotCallCsv, type DoNotCallCsv } from './read-do-not-call-csv';

// The import's reading of a CSV: the number column, line numbers people can find in their
// editor (quoted values spanning lines, a header, blank lines, any line ends), duplicates and bad rows.

async function* chunksOf(text: string, size = text.length || 1) {
  const bytes = new TextEncoder().encode(text);
  for (let at = 0; at < bytes.length; at += size) yield bytes.slice(at, at + size);
}

async function read(text: string, size?: number): Promise<DoNotCallCsv> {
  const result = await readDoNotCallCsv(chunksOf(text, size));
  if (!result.ok) throw new Error(result.message);
  return result.csv;
}

const entries = (csv: DoNotCallCsv) => Object.fromEntries(csv.entries);

describe('readDoNotCallCsv', () => {
  it('finds the number column by its header, in any case, and takes reasons from a reason column', async () => {
    const csv = await read('Name,PHONE,Reason\nAda,+65 9123 4567,asked on the phone\nBob,+6591234568,\n');
    expect(csv.numberColumn).toEqual({ index: 1, name: 'PHONE' });
    expect(entries(csv)).toEqual({ '+6591234567': 'asked on the phone', '+6591234568': null });
    expect(csv).toMatchObject({ rows: 2, duplicates: 0, invalidCount: 0 });
  });

  it('reads the first column of a file without a header, its first row included', async () => {
    const csv = await read('+6591234567,whatever\n+6591234568\n');
    expect(csv.numberColumn).toEqual({ index: 0, name: null });
    expect(csv.rows).toBe(2);
    expect([...csv.entries.keys()]).toEqual(['+6591234567', '+6591234568']);
  });

  it('takes a first row without digits as a header naming the first column', async () => {
    const csv = await read('Mobile\n+6591234567\n\nnot a number\n');
    expect(csv.numberColumn).toEqual({ index: 0, name: 'Mobile' });
    expect(csv.invalid).toEqual([{ line: 4, reason: expect.stringMatching(/^not a number has characters/) }]);
  });

  it('gives each bad row the line it starts on: after a header, blank lines and values spanning lines', async () => {
    const text = [
      'number,reason', // 1
      '+6591234567,"a reason', // 2
      'on two lines"', // 3
      '', // 4
      'bad-number-1,x', // 5
      '"+6591234568","three', // 6
      'more', // 7
      'lines"', // 8
      '12,short', // 9
      ',no number', // 10
      '   ', // 11
      '+6591234569,ok', // 12
    ].join('\n');
    for (const lineEnd of ['\n', '\r\n', '\r']) {
      const csv = await read(text.replaceAll('\n', lineEnd));
      expect(csv.invalid, JSON.stringify(lineEnd)).toEqual([
        { line: 5, reason: expect.stringContaining('bad-number-1') },
        { line: 9, reason: expect.stringContaining('not an international number') },
        { line: 10, reason: 'no number in the "number" column' },
      ]);
      expect(entries(csv)).toEqual({ '+6591234567': 'a reason on two lines', '+6591234568': 'three more lines', '+6591234569': 'ok' });
      expect(csv.rows).toBe(6);
    }
  });

  it('keeps the same line numbers whatever the chunks the body arrives in (a CRLF split between two)', async () => {
    const text = '\uFEFFnumber,reason\r\n+6591234567,"x\r\ny"\r\nnope\r\n+6591234568,z\r\n';
    for (const size of [1, 2, 3, 7]) {
      const csv = await read(text, size);
      expect(csv.invalid, `chunks of ${size}`).toEqual([{ line: 4, reason: expect.stringContaining('nope') }]);
      expect(entries(csv)).toEqual({ '+6591234567': 'x y', '+6591234568': 'z' });
    }
  });

  it('counts duplicates within the file and keeps the first row’s reason', async () => {
    const csv = await read('number,reason\n+6591234567,first\n+65 9123 4567,second\n6591234567,third\n');
    expect(csv).toMatchObject({ rows: 3, duplicates: 2, invalidCount: 0 });
    expect(entries(csv)).toEqual({ '+6591234567': 'first' });
  });

  it('reads semicolon- and tab-separated files', async () => {
    expect(entries(await read('number;reason\n+6591234567;a, b\n'))).toEqual({ '+6591234567': 'a, b' });
    expect(entries(await read('reason\tnumber\nc\t+6591234567\n'))).toEqual({ '+6591234567': 'c' });
  });

  it('reads its own export back: neutralised cells lose their quote mark', async () => {
    const csv = await read(`number,source,reason\r\n'+6591234567,manual,"'=HYPERLINK(""http://x"")"\r\n`);
    expect(entries(csv)).toEqual({ '+6591234567': '=HYPERLINK("http://x")' });
  });

  it('reports a quote never closed at the line it opens, and keeps the rows before it', async () => {
    const csv = await read('number,reason\n+6591234567,ok\n+6591234568,"never closed\n+6591234569,x\n');
    expect(entries(csv)).toEqual({ '+6591234567': 'ok' });
    expect(csv.invalid).toEqual([{ line: 3, reason: expect.stringMatching(/never closed .* lines 3 to 4/) }]);
    expect(csv.rows).toBe(2);
  });

  it('reports a file that is one unclosed quote as one bad row', async () => {
    async function* endless() {
      yield 'number\n"';
      for (let i = 0; i < 256; i += 1) yield 'a'.repeat(16 * 1024);
    }
    const result = await readDoNotCallCsv(endless());
    expect(result).toEqual({ ok: true, csv: expect.objectContaining({ rows: 1, invalidCount: 1, invalid: [{ line: 2, reason: expect.stringMatching(/never closed/) }] }) });
  });

  it('refuses a reason that is too long, and makes control characters spaces', async () => {
    const csv = await read(`number,reason\n+6591234567,${'x'.repeat(501)}\n+6591234568,"a\u0000b\tc"\n`);
    expect(csv.invalid).toEqual([{ line: 2, reason: 'the reason is longer than 500 characters' }]);
    expect(entries(csv)).toEqual({ '+6591234568': 'a b c' });
  });

  it(`lists the first ${maxListedProblems} bad rows and counts them all`, async () => {
    const rows = Array.from({ length: 1500 }, (_, i) => `bad ${i}`);
    const csv = await read(`number\n${rows.join('\n')}\n`);
    expect(csv.invalidCount).toBe(1500);
    expect(csv.invalid).toHaveLength(maxListedProblems);
    expect(csv.invalid.at(-1)?.line).toBe(maxListedProblems + 1);
  });

  it('says what is wrong with a file holding no numbers', async () => {
    expect(await readDoNotCallCsv(chunksOf(''))).toEqual({ ok: false, message: expect.stringMatching(/empty/) });
    expect(await readDoNotCallCsv(chunksOf('\n  \n'))).toEqual({ ok: false, message: expect.stringMatching(/empty/) });
    expect(await readDoNotCallCsv(chunksOf('number,reason\n'))).toEqual({ ok: false, message: expect.stringMatching(/header row but no numbers/) });
  });

  it(`refuses more rows than the limit (${maxImportRows} by default), bad rows counted`, async () => {
    const text = `number\n${'+6591234567\nbad\n'.repeat(1000)}`;
    expect(await readDoNotCallCsv(chunksOf(text), { maxRows: 2000 })).toMatchObject({ ok: true });
    expect(await readDoNotCallCsv(chunksOf(`${text}+6591234568\n`, 100), { maxRows: 2000 })).toEqual({ ok: false, message: 'The file has more than 2,000 rows: split it into smaller files' });
  });
});
