import { randomBytes } from 'node:crypto';

// JSON text a serializer would never write but a sender can: number tokens JavaScript
// cannot hold (1e309, -0 written as such), and objects with duplicate or prototype keys.

/** Emitted verbatim into the JSON text. */
export class RawToken {
  constructor(readonly text: string) {}
}

/** An object written entry by entry: keys may repeat, and `__proto__` is just a key. */
export class KeyList {
  constructor(readonly entries: ReadonlyArray<readonly [string, unknown]>) {}
}

/** A private-use character and a random tag: no generated string holds it. */
const placeholder = `\uE000raw-${randomBytes(8).toString('hex')}-`;
const placeholders = new RegExp(`"${placeholder}(\\d+)"`, 'g');

/**
 * JSON.stringify's text (it is native, and bodies hold strings of hundreds of KB), with each
 * RawToken and KeyList written in place of a placeholder.
 */
export function toJsonText(value: unknown): string {
  const special: string[] = [];
  const text =
    JSON.stringify(value, (_key, inner: unknown) => {
      if (inner instanceof RawToken) special.push(inner.text);
      else if (inner instanceof KeyList) special.push(`{${inner.entries.map(([key, v]) => `${JSON.stringify(key)}:${toJsonText(v)}`).join(',')}}`);
      else return inner;
      return `${placeholder}${special.length - 1}`;
    }) ?? 'null'; // undefined has no JSON form: null keeps the text valid
  if (special.length === 0) return text;
  return text.replace(placeholders, (_, index: string) => special[Number(index)]!);
}
