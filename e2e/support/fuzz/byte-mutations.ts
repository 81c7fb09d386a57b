import type { Rng } from './prng';

// Mutations of the bytes on the wire, after the body is written as JSON text, and of
// the headers that describe them.

export type Wire = { bytes: Buffer; contentType: string | null; chunked: boolean; authorized: boolean };
export type ByteMutation = { name: string; weight: number; apply: (wire: Wire, rng: Rng) => string };

const oneMiB = 1024 * 1024;
const invalidUtf8 = [
  { name: 'a lone 0xFF byte', bytes: [0xff] },
  { name: 'a truncated two-byte sequence', bytes: [0xc3] },
  { name: 'an overlong "/"', bytes: [0xc0, 0xaf] },
  { name: 'a UTF-8-encoded surrogate (CESU-8)', bytes: [0xed, 0xa0, 0x80] },
  { name: 'a code point past U+10FFFF', bytes: [0xf4, 0x90, 0x80, 0x80] },
  { name: 'a stray continuation byte', bytes: [0x80] },
];
const notAnObject = ['', '   \n\t ', 'null', '[]', '"CALL_ACTION"', '0', 'true', '{}', '[{}]'];
const contentTypes = ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=latin1', 'application/xml', '*/*', ''];

/** Positions just inside a JSON string (after an opening quote), where odd bytes reach a parsed value. */
function stringStarts(bytes: Buffer): number[] {
  const starts: number[] = [];
  for (let i = bytes.indexOf(0x3a); i !== -1 && starts.length < 200; i = bytes.indexOf(0x3a, i + 1)) {
    if (bytes[i + 1] === 0x22) starts.push(i + 2);
  }
  return starts;
}

const insertAt = (bytes: Buffer, at: number, inserted: Buffer) => Buffer.concat([bytes.subarray(0, at), inserted, bytes.subarray(at)]);

export const byteMutations: ByteMutation[] = [
  {
    name: 'truncated JSON',
    weight: 4,
    apply: (wire, rng) => {
      const at = rng.int(0, Math.max(0, wire.bytes.length - 1));
      wire.bytes = wire.bytes.subarray(0, at);
      return `truncated to ${at} bytes`;
    },
  },
  {
    name: 'bytes that are not UTF-8',
    weight: 4,
    apply: (wire, rng) => {
      const odd = rng.pick(invalidUtf8);
      const starts = stringStarts(wire.bytes);
      const at = starts.length ? rng.pick(starts) : rng.int(0, wire.bytes.length);
      wire.bytes = insertAt(wire.bytes, at, Buffer.from(odd.bytes));
      return `${odd.name} at byte ${at}`;
    },
  },
  {
    name: 'a BOM',
    weight: 2,
    apply: (wire) => {
      wire.bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), wire.bytes]);
      return 'a UTF-8 BOM first';
    },
  },
  {
    name: 'UTF-16',
    weight: 1,
    apply: (wire) => {
      wire.bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(wire.bytes.toString('utf8'), 'utf16le')]);
      return 'encoded as UTF-16LE with a BOM';
    },
  },
  {
    name: 'a raw control byte in a string',
    weight: 2,
    apply: (wire, rng) => {
      const byte = rng.pick([0x00, 0x01, 0x0a, 0x1f]);
      const starts = stringStarts(wire.bytes);
      wire.bytes = insertAt(wire.bytes, starts.length ? rng.pick(starts) : 0, Buffer.from([byte]));
      return `a raw 0x${byte.toString(16).padStart(2, '0')} byte inside a string`;
    },
  },
  {
    name: 'garbage around the JSON',
    weight: 2,
    apply: (wire, rng) => {
      const garbage = rng.pick(['}', '{}', ',', ' // comment', '\u0000', 'x'.repeat(1000)]);
      wire.bytes = rng.chance(0.5) ? Buffer.concat([wire.bytes, Buffer.from(garbage)]) : Buffer.concat([Buffer.from(garbage), wire.bytes]);
      return `${JSON.stringify(garbage.slice(0, 12))} before or after the JSON`;
    },
  },
  {
    name: 'not an object',
    weight: 2,
    apply: (wire, rng) => {
      const body = rng.pick(notAnObject);
      wire.bytes = Buffer.from(body);
      return `the whole body is ${JSON.stringify(body)}`;
    },
  },
  {
    name: 'whitespace padding',
    weight: 1,
    apply: (wire, rng) => {
      const pad = rng.int(1, 600_000);
      wire.bytes = Buffer.concat([Buffer.alloc(pad, 0x20), wire.bytes]);
      return `${pad} spaces first`;
    },
  },
  {
    name: 'over the 1 MiB cap',
    weight: 1,
    apply: (wire, rng) => {
      const total = oneMiB + rng.int(1, 512 * 1024);
      wire.bytes = Buffer.concat([wire.bytes, Buffer.alloc(Math.max(0, total - wire.bytes.length), 0x20)]);
      wire.chunked = rng.chance(0.5);
      return `${total} bytes (over the cap), ${wire.chunked ? 'chunked' : 'length declared'}`;
    },
  },
];

export const headerMutations: ByteMutation[] = [
  {
    name: 'a wrong Content-Type',
    weight: 6,
    apply: (wire, rng) => {
      wire.contentType = rng.chance(0.2) ? null : rng.pick(contentTypes);
      return wire.contentType === null ? 'no Content-Type' : `Content-Type ${JSON.stringify(wire.contentType)}`;
    },
  },
  {
    name: 'chunked',
    weight: 3,
    apply: (wire) => {
      wire.chunked = true;
      return 'sent chunked, no length';
    },
  },
  {
    name: 'a wrong token',
    weight: 1,
    apply: (wire) => {
      wire.authorized = false;
      return 'a wrong Authorization token';
    },
  },
];

export function pickWeighted<T extends { weight: number }>(rng: Rng, items: readonly T[]): T {
  let left = rng.next() * items.reduce((sum, item) => sum + item.weight, 0);
  for (const item of items) if ((left -= item.weight) < 0) return item;
  return items.at(-1)!;
}
