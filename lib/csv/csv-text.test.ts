import { describe, expect, it } from 'vitest';
import { detectDelimiter, lfText, peekFirstLine } from './csv-text';

async function collect(texts: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const text of texts) out.push(text);
  return out;
}

async function* bytes(...parts: string[]) {
  for (const part of parts) yield new TextEncoder().encode(part);
}

describe('lfText', () => {
  it('makes every line end LF, a CRLF split across chunks included, and drops the BOM', async () => {
    expect((await collect(lfText(bytes('\uFEFFa\r', '\nb\rc\r', '\r\nd\r')))).join('')).toBe('a\nb\nc\n\nd\n');
  });

  it('decodes a character split across chunks', async () => {
    const encoded = new TextEncoder().encode('é');
    async function* split() {
      yield encoded.slice(0, 1);
      yield encoded.slice(1);
    }
    expect((await collect(lfText(split()))).join('')).toBe('é');
  });
});

describe('peekFirstLine', () => {
  it('gives the first line and then every chunk once', async () => {
    const { firstLine, all } = await peekFirstLine(collectable(['num', 'ber,re', 'ason\n+65', '9\n']));
    expect(firstLine).toBe('number,reason');
    expect((await collect(all)).join('')).toBe('number,reason\n+659\n');
  });

  it('reads a first line without end in linear time (a body of one endless line)', async () => {
    const chunk = 'a'.repeat(16 * 1024);
    const before = process.cpuUsage();
    const { firstLine } = await peekFirstLine(collectable(Array.from({ length: 1024 }, () => chunk)));
    const spent = process.cpuUsage(before);
    expect(firstLine).toHaveLength(16 * 1024 * 1024);
    // Searching all that was read for each new chunk would scan 8 GB of characters here.
    expect((spent.user + spent.system) / 1000).toBeLessThan(2000);
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['number,reason', ','],
    ['number;reason;"a,b,c"', ';'],
    ['number\treason', '\t'],
    ['number', ','],
  ])('reads %j as separated by %j', (line, delimiter) => {
    expect(detectDelimiter(line)).toBe(delimiter);
  });
});

async function* collectable(parts: string[]) {
  yield* parts;
}
