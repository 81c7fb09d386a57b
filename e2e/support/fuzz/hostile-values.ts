import { RawToken } from './json-text';
import type { Rng } from './prng';

// The values a hostile or broken sender puts where 8x8 puts a string, a number or a time.

export type Named<T> = { name: string; value: T };

export const hostileStrings: ReadonlyArray<Named<string>> = [
  { name: 'an unpaired high surrogate', value: 'x\uD800y' },
  { name: 'an unpaired low surrogate', value: '\uDFFFz' },
  { name: 'a reversed surrogate pair', value: '\uDE00\uD83D' },
  { name: 'a NUL character', value: 'a\u0000b' },
  { name: 'only NUL', value: '\u0000' },
  { name: 'the text \\u0000 (a backslash, not NUL)', value: '\\u0000' },
  { name: 'control characters', value: '\u0001\u0007\b\t\n\u000b\f\r\u001b\u007f\u0085' },
  { name: 'line and paragraph separators', value: 'a\u2028b\u2029c' },
  { name: 'emoji with joiners', value: '😀👨‍👩‍👧‍👦🏳️‍🌈' },
  { name: 'right-to-left text with an override', value: 'مرحبا \u202Eevil\u202C שלום' },
  { name: 'zero-width characters and a BOM', value: '\u200B\u200C\u200D\uFEFF' },
  { name: 'stacked combining marks', value: 'Z\u0338\u0321\u031B\u0317a\u0337l\u0335g\u0336o\u0334' },
  { name: 'noncharacters and the last code point', value: '\uFFFE\uFFFF\u{10FFFF}' },
  { name: 'quotes and backslashes', value: '\\"\'`\\\\' },
  { name: 'SQL', value: "x'); DROP TABLE call_event; --" },
  { name: 'format strings and placeholders', value: '%s%n%x{{caller}}${x}' },
  { name: 'a NOTIFY-like string', value: "'); NOTIFY call_session_changed, 'x" },
  { name: 'NaN as text', value: 'NaN' },
  { name: 'Infinity as text', value: '-Infinity' },
  { name: '-0 as text', value: '-0' },
  { name: '1e309 as text', value: '1e309' },
  { name: 'null as text', value: 'null' },
  { name: 'a 400-digit number as text', value: '9'.repeat(400) },
  { name: 'an empty string', value: '' },
  { name: 'only spaces', value: '   ' },
];

export const edgeNumbers: ReadonlyArray<Named<number | RawToken>> = [
  { name: 'INT32 max', value: 2_147_483_647 },
  { name: 'INT32 max + 1', value: 2_147_483_648 },
  { name: 'INT32 min', value: -2_147_483_648 },
  { name: 'INT32 min - 1', value: -2_147_483_649 },
  { name: '2^53 - 1', value: Number.MAX_SAFE_INTEGER },
  { name: '2^53 + 1 (as text)', value: new RawToken('9007199254740993') },
  { name: 'INT64 max', value: new RawToken('9223372036854775807') },
  { name: 'INT64 max + 1', value: new RawToken('9223372036854775808') },
  { name: 'INT64 min - 1', value: new RawToken('-9223372036854775809') },
  { name: 'the largest double', value: Number.MAX_VALUE },
  { name: 'the smallest double', value: Number.MIN_VALUE },
  { name: 'minus the largest double', value: -Number.MAX_VALUE },
  { name: '1e309 (Infinity once parsed)', value: new RawToken('1e309') },
  { name: '-1e309 (-Infinity once parsed)', value: new RawToken('-1e309') },
  { name: '1E400', value: new RawToken('1E400') },
  { name: 'an underflow to 0', value: new RawToken('1e-400') },
  { name: '-0', value: new RawToken('-0') },
  { name: '-0.0', value: new RawToken('-0.0') },
  { name: 'a 400-digit integer', value: new RawToken(`1${'0'.repeat(400)}`) },
  { name: 'a fraction', value: 1.5 },
  { name: 'a negative', value: -1 },
  { name: '1e21', value: 1e21 },
  { name: '2147483647.0', value: new RawToken('2147483647.0') },
  { name: '0.1 + 0.2', value: 0.1 + 0.2 },
];

export const oddTimestamps: ReadonlyArray<Named<string | number>> = [
  { name: 'year 1', value: '0001-01-01T00:00:00Z' },
  { name: 'year 1 at +01:00 (year 0 in UTC)', value: '0001-01-01T00:00:00+01:00' },
  { name: 'year 0', value: '0000-01-01T00:00:00Z' },
  { name: 'year -1', value: '-000001-01-01T00:00:00Z' },
  { name: "JavaScript's earliest date", value: '-271821-04-20T00:00:00Z' },
  { name: "JavaScript's latest date", value: '+275760-09-13T00:00:00.000Z' },
  { name: 'the last millisecond of 9999', value: '9999-12-31T23:59:59.999Z' },
  { name: 'the last millisecond of 9999 at -01:00 (year 10000 in UTC)', value: '9999-12-31T23:59:59.999-01:00' },
  { name: 'year 10000', value: '+010000-01-01T00:00:00Z' },
  { name: 'year 99', value: '0099-12-31T23:59:59Z' },
  { name: 'the Gregorian gap', value: '1582-10-10T00:00:00Z' },
  { name: 'month 13 and hour 99', value: '2026-13-45T99:99:99Z' },
  { name: 'February 30', value: '2026-02-30T00:00:00Z' },
  { name: 'hour 24', value: '2026-01-13T24:00:00Z' },
  { name: 'a space instead of T', value: '2026-01-13 08:40:02' },
  { name: 'RFC 2822', value: 'Tue, 13 Jan 2026 08:40:02 GMT' },
  { name: 'a two-digit year', value: 'Jan 1 50' },
  { name: 'Unix seconds as text', value: '1736757602' },
  { name: 'nanoseconds', value: '2026-01-13T08:40:02.123456789Z' },
  { name: 'offset +14:00', value: '2026-01-13T08:40:02+14:00' },
  { name: 'an ISO week date', value: '2026-W03-2' },
  { name: 'now as text', value: 'now' },
  { name: 'an empty time', value: '' },
  { name: 'Unix milliseconds as a number', value: 1_736_757_602_000 },
  { name: 'past the largest Date as a number', value: 8.64e15 + 1 },
];

type CharClass = { name: string; chars: string[] | ((rng: Rng) => string); bytesPerChar: number };

const charClasses: CharClass[] = [
  { name: 'ASCII', chars: [...'abcdefghijklmnopqrstuvwxyz0123456789 +-_.'], bytesPerChar: 1 },
  { name: 'CJK', chars: [...'中文字電話號碼呼叫轉接語音'], bytesPerChar: 3 },
  { name: 'emoji', chars: [...'😀📞🎉👍🔥🌍'], bytesPerChar: 4 },
  { name: 'right-to-left', chars: [...'مرحباשלום\u202E\u202C'], bytesPerChar: 3 },
  { name: 'control characters', chars: [...'\u0001\u0002\u001b\u007f\t\n'], bytesPerChar: 6 },
  { name: 'mixed hostile', chars: ['\uD800', '\u0000', '😀', 'a', '\\', '"', '\u2028', '\uFFFF'], bytesPerChar: 6 },
  // Any UTF-16 code unit: lone surrogates, NUL, controls and noncharacters among them.
  { name: 'any-code-unit', chars: (rng) => String.fromCharCode(rng.int(0, 0xffff)), bytesPerChar: 6 },
];

/** JSON bytes a huge string may take, so most bodies stay under the 1 MiB cap (a few go over on purpose). */
const hugeStringBudget = 900_000;

/** Up to this length a string is random throughout: PostgreSQL compresses a repetitive one, which then fits where a random one would not (an index entry). */
const randomThroughout = 4_000;

/** A string of `rng.length`-spread length, up to a few hundred KB once written as JSON. */
export function hugeString(rng: Rng, maxBytes = hugeStringBudget): Named<string> {
  const charClass = rng.pick(charClasses);
  const { chars } = charClass;
  const char = typeof chars === 'function' ? () => chars(rng) : () => rng.pick(chars);
  const length = Math.min(rng.length(400_000), Math.floor(maxBytes / charClass.bytesPerChar));
  const random = (count: number) => Array.from({ length: count }, char).join('');
  // Longer ones repeat a random chunk, far cheaper to make; slicing may cut a surrogate pair.
  const value = length <= randomThroughout ? random(length).slice(0, length) : random(257).repeat(Math.ceil(length / 257)).slice(0, length);
  return { name: `a ${length.toLocaleString('en-US')}-character ${charClass.name} string`, value };
}

/** `levels` arrays or objects inside each other around `leaf`. */
export function nested(levels: number, shape: 'array' | 'object', leaf: unknown = 1): unknown {
  let value = leaf;
  for (let i = 0; i < levels; i++) value = shape === 'array' ? [value] : { x: value };
  return value;
}

/** Any JSON value at all, for a field retyped at random. */
export function anyValue(rng: Rng): Named<unknown> {
  switch (rng.int(0, 7)) {
    case 0:
      return { name: 'null', value: null };
    case 1:
      return { name: 'a boolean', value: rng.chance(0.5) };
    case 2:
      return rng.pick(edgeNumbers);
    case 3:
      return rng.pick(hostileStrings);
    case 4:
      return { name: 'an empty object', value: {} };
    case 5:
      return { name: 'an empty array', value: [] };
    case 6:
      return { name: 'an array of strings', value: ['1', '2'] };
    default:
      return { name: 'an object of odd values', value: { a: null, b: [true], c: '\u0000' } };
  }
}
