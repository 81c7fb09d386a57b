import { describe, expect, it } from 'vitest';
import { readContactsCsv } from './read-contacts-csv';

async function* chunks(text: string, size = 7) {
  for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size);
}

const read = async (text: string) => {
  const result = await readContactsCsv(chunks(text));
  if (!result.ok) throw new Error(result.message);
  return result.csv;
};

describe('readContactsCsv', () => {
  it('normalises numbers, keeps other columns as vars, merges duplicates and reports bad rows by line', async () => {
    const csv = await read('name,Phone,plan\r\nAda,+65 9123 4567,gold\r\nBob,91234567,silver\r\n\r\nAda again,+6591234567,x\r\nCy,+6591234568,"long, quoted"\r\n');
    expect(csv.numberColumn).toBe('Phone');
    expect(csv.varColumns).toEqual(['name', 'plan']);
    expect(csv.contacts).toEqual([
      { number: '+6591234567', vars: { name: 'Ada', plan: 'gold' }, line: 2 },
      { number: '+6591234568', vars: { name: 'Cy', plan: 'long, quoted' }, line: 6 },
    ]);
    expect(csv.duplicates).toBe(1);
    expect(csv.invalidCount).toBe(1);
    expect(csv.invalid[0]).toMatchObject({ line: 3 });
    expect(csv.rows).toBe(csv.contacts.length + csv.duplicates + csv.invalidCount);
  });
  it('uses the first column when none is named as a number', async () => {
    const csv = await read('mobile;first\n+6591234567;Ada\n');
    expect(csv.contacts).toEqual([{ number: '+6591234567', vars: { first: 'Ada' }, line: 2 }]);
  });
  it('reports an empty number and letters', async () => {
    const csv = await read('number,name\n,Ada\n+65 9123 4567 ext 2,Bob\n');
    expect(csv.invalid.map((p) => p.line)).toEqual([2, 3]);
    expect(csv.invalid[0]!.reason).toBe('no number');
  });
  it('refuses a file without a header, an empty one, and bad column names', async () => {
    expect(await readContactsCsv(chunks('+6591234567,Ada\n'))).toMatchObject({ ok: false });
    expect(await readContactsCsv(chunks(''))).toMatchObject({ ok: false, message: expect.stringContaining('empty') });
    expect(await readContactsCsv(chunks('number\n'))).toMatchObject({ ok: false, message: expect.stringContaining('no contacts') });
    expect(await readContactsCsv(chunks('number,first name\n+6591234567,Ada\n'))).toMatchObject({ ok: false, message: expect.stringContaining('first name') });
  });
  it('caps the rows', async () => {
    expect(await readContactsCsv(chunks('number\n+6591234567\n+6591234568\n'), { maxRows: 1 })).toMatchObject({ ok: false });
  });
  it('reads 100,000 rows quickly', async () => {
    const lines = ['number,name'];
    for (let i = 0; i < 100_000; i += 1) lines.push(`+6581${String(i).padStart(6, '0')},n${i}`);
    const started = performance.now();
    const result = await readContactsCsv(chunks(lines.join('\n'), 64 * 1024));
    expect(result.ok && result.csv.contacts.length).toBe(100_000);
    // The bound for the whole import (this is the parse alone, on a shared machine).
    expect(performance.now() - started).toBeLessThan(10_000);
  }, 30_000);
});

describe('readContactsCsv line numbers', () => {
  it('gives a contact whose value spans lines, and an unclosed quote, the line they start on', async () => {
    const csv = await read('number,note\n+6591234567,"two\nlines"\nnope,x\n+6591234568,"never closed\n+6591234569,y\n');
    expect(csv.contacts).toEqual([{ number: '+6591234567', vars: { note: 'two\nlines' }, line: 2 }]);
    expect(csv.invalid).toEqual([
      { line: 4, reason: expect.stringContaining('nope') },
      { line: 5, reason: expect.stringMatching(/never closed .* lines 5 to 6/) },
    ]);
  });
});
