import { describe, expect, it } from 'vitest';
import { matchesIfNoneMatch, parseByteRange, rangeStillApplies } from './byte-range';

const part = (start: number, end: number) => ({ kind: 'part', start, end });
const whole = { kind: 'whole' };
const unsatisfiable = { kind: 'unsatisfiable' };

describe('parseByteRange (a 1000-byte file)', () => {
  const range = (header: string | null) => parseByteRange(header, 1000);

  it('reads first-last, an open end and a suffix', () => {
    expect(range('bytes=0-99')).toEqual(part(0, 99));
    expect(range('bytes=500-')).toEqual(part(500, 999));
    expect(range('bytes=-100')).toEqual(part(900, 999));
    expect(range('bytes=0-0')).toEqual(part(0, 0));
    expect(range(' BYTES = 10 - 20 ')).toEqual(part(10, 20));
  });

  it('clamps an end past the file, and a suffix longer than it', () => {
    expect(range('bytes=900-5000')).toEqual(part(900, 999));
    expect(range('bytes=-5000')).toEqual(part(0, 999));
    expect(range('bytes=0-99999999999999999999')).toEqual(part(0, 999));
    expect(range('bytes=-99999999999999999999')).toEqual(part(0, 999));
  });

  it('refuses (416) a start at or past the end, and an empty suffix', () => {
    expect(range('bytes=1000-')).toEqual(unsatisfiable);
    expect(range('bytes=1000-2000')).toEqual(unsatisfiable);
    expect(range('bytes=99999999999999999999-')).toEqual(unsatisfiable);
    expect(range('bytes=-0')).toEqual(unsatisfiable);
  });

  it('sends the whole file for no Range, another unit, several ranges or one that does not parse', () => {
    for (const header of [null, '', 'items=0-1', 'bytes=0-1,5-6', 'bytes=', 'bytes=-', 'bytes=a-b', 'bytes=5-2', 'bytes=1.5-2', 'bytes=0x1-2', 'bytes 0-1']) {
      expect(range(header), String(header)).toEqual(whole);
    }
  });
});

describe('conditional requests', () => {
  const etag = '"abc"';
  it('If-None-Match matches the tag in a list, weakly, or *', () => {
    expect(matchesIfNoneMatch('"abc"', etag)).toBe(true);
    expect(matchesIfNoneMatch('"x", W/"abc"', etag)).toBe(true);
    expect(matchesIfNoneMatch('*', etag)).toBe(true);
    expect(matchesIfNoneMatch('"abcd"', etag)).toBe(false);
    expect(matchesIfNoneMatch(null, etag)).toBe(false);
  });

  it('If-Range keeps the range only for the exact tag', () => {
    expect(rangeStillApplies(null, etag)).toBe(true);
    expect(rangeStillApplies('"abc"', etag)).toBe(true);
    expect(rangeStillApplies('W/"abc"', etag)).toBe(false);
    expect(rangeStillApplies('Wed, 21 Oct 2015 07:28:00 GMT', etag)).toBe(false);
  });
});
