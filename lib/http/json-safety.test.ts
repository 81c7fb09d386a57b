import { describe, expect, it } from 'vitest';
import { jsonDepth, mayHoldUnstorable, storable } from './json-safety';

describe('jsonDepth', () => {
  it('counts nesting without parsing, skipping brackets inside strings and escapes', () => {
    expect(jsonDepth('{}')).toBe(1);
    expect(jsonDepth('{"a":[1,{"b":[]}]}')).toBe(4);
    expect(jsonDepth('{"a":"[[[[{{{{\\"[[["}')).toBe(1);
  });

  it('sees a 5,000-deep object under an unknown key, and a million-deep one without recursing', () => {
    const deep = `{"payload":{"unknown":${'{"x":'.repeat(5000)}1${'}'.repeat(5000)}}}`;
    expect(jsonDepth(deep)).toBe(5002);
    // A recursive scan would overflow the stack long before this depth.
    expect(jsonDepth('['.repeat(1_000_000))).toBe(1_000_000);
  });
});

describe('storable', () => {
  it('replaces unpaired surrogates in values and keys, and keeps pairs and everything else', () => {
    const parsed = JSON.parse('{"a":"x\\udfff","\\ud800k":["\\ud83d\\ude00",1,null,true]}') as unknown;
    expect(storable(parsed)).toEqual({ a: 'x\uFFFD', '\uFFFDk': ['😀', 1, null, true] });
  });

  it('replaces NUL in values and keys, and keeps the text \\u0000 (a backslash) as it is', () => {
    const parsed = JSON.parse('{"a":"x\\u0000y","\\u0000":"\\\\u0000"}') as unknown;
    expect(storable(parsed)).toEqual({ a: 'x\uFFFDy', '\uFFFD': '\\u0000' });
  });

  it('keeps a "__proto__" key an own key, and the prototype untouched', () => {
    const repaired = storable(JSON.parse('{"__proto__":{"polluted":"\\u0000"}}')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(repaired)).toBe(Object.prototype);
    expect(Object.keys(repaired)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('mayHoldUnstorable', () => {
  it('finds surrogates written literally or escaped, and escaped NUL, and passes plain bodies by', () => {
    expect(mayHoldUnstorable('{"a":"x\\udfff"}')).toBe(true);
    expect(mayHoldUnstorable('{"a":"x\\uD83D\\uDE00"}')).toBe(true);
    expect(mayHoldUnstorable(`{"a":"${'\ud800'}"}`)).toBe(true);
    expect(mayHoldUnstorable('{"a":"x\\u0000"}')).toBe(true);
    expect(mayHoldUnstorable('{"a":"plain \\u00e9 text"}')).toBe(false);
  });
});
