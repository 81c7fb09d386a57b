import { describe, expect, it } from 'vitest';
import { jsonDepth, mayHoldLoneSurrogate, maxJsonDepth, wellFormed } from './json-safety';

describe('jsonDepth', () => {
  it('counts nesting without parsing, skipping brackets inside strings and escapes', () => {
    expect(jsonDepth('{}')).toBe(1);
    expect(jsonDepth('{"a":[1,{"b":[]}]}')).toBe(4);
    expect(jsonDepth('{"a":"[[[[{{{{\\"[[["}')).toBe(1);
  });

  it('sees a 5,000-deep object under an unknown key in linear time', () => {
    const deep = `{"payload":{"unknown":${'{"x":'.repeat(5000)}1${'}'.repeat(5000)}}}`;
    const started = performance.now();
    expect(jsonDepth(deep)).toBeGreaterThan(maxJsonDepth);
    expect(performance.now() - started).toBeLessThan(50);
  });
});

describe('wellFormed', () => {
  it('replaces unpaired surrogates in values and keys, and keeps pairs and everything else', () => {
    const parsed = JSON.parse('{"a":"x\\udfff","\\ud800k":["\\ud83d\\ude00",1,null,true]}') as unknown;
    expect(wellFormed(parsed)).toEqual({ a: 'x\uFFFD', '\uFFFDk': ['😀', 1, null, true] });
  });
});

describe('mayHoldLoneSurrogate', () => {
  it('finds surrogates written literally or escaped, and passes plain bodies by', () => {
    expect(mayHoldLoneSurrogate('{"a":"x\\udfff"}')).toBe(true);
    expect(mayHoldLoneSurrogate('{"a":"x\\uD83D\\uDE00"}')).toBe(true);
    expect(mayHoldLoneSurrogate(`{"a":"${'\ud800'}"}`)).toBe(true);
    expect(mayHoldLoneSurrogate('{"a":"plain \\u00e9 text"}')).toBe(false);
  });
});
