import { describe, expect, it } from 'vitest';
import { storedMos, storedText } from './webhook-fields';

describe('storedText', () => {
  it('keeps text within the limit, and null for nothing', () => {
    expect(storedText('PSTN', 64)).toBe('PSTN');
    expect(storedText('', 64)).toBe('');
    expect(storedText(undefined, 64)).toBeNull();
    expect(storedText(null, 64)).toBeNull();
  });

  it('cuts longer text to the limit, never between the halves of a surrogate pair', () => {
    expect(storedText('abcdef', 4)).toBe('abcd');
    // '😀' is two code units: cut after its first half, it is left out whole.
    expect(storedText('abc😀', 4)).toBe('abc');
    expect(storedText('ab😀c', 4)).toBe('ab😀');
  });
});

describe('storedMos', () => {
  it.each([
    [4.5, 4.5],
    [1, 1],
    [5, 5],
    [0, null],
    [5.01, null],
    [1e308, null],
    [-1, null],
    [null, null],
    [undefined, null],
  ])('keeps %s as %s', (mos, stored) => {
    expect(storedMos(mos)).toBe(stored);
  });
});
