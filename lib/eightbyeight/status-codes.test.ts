import { describe, expect, it } from 'vitest';
import {
  callflowStatusCodes,
  callflowStatusMeaning,
  qualityLabel,
  sessionErrorCodes,
  sessionErrorMeaning,
  sessionStatusMeaning,
  sessionStatuses,
} from './status-codes';

describe('callflow status codes', () => {
  it('lists 1, -1001 to -1017 and -9999', () => {
    const expected = [1, ...Array.from({ length: 17 }, (_, i) => -1001 - i), -9999];
    expect([...callflowStatusCodes.keys()]).toEqual(expected);
  });

  it('explains documented codes in the contract wording', () => {
    expect(callflowStatusMeaning(1)).toBe('Created');
    expect(callflowStatusMeaning(-1002)).toBe('speech profile or language invalid');
    expect(callflowStatusMeaning(-1013)).toBe('first action must be makeCall');
    expect(callflowStatusMeaning(-9999)).toBe('unknown');
  });

  it('explains the HTTP statuses 8x8 echoes as status codes, and falls back for the rest', () => {
    expect(callflowStatusMeaning(401)).toMatch(/API key/);
    expect(callflowStatusMeaning(-1234)).toBe('unrecognised status code -1234');
  });
});

describe('session error codes', () => {
  it('lists -2001 to -2010 and -9999', () => {
    const expected = [...Array.from({ length: 10 }, (_, i) => -2001 - i), -9999];
    expect([...sessionErrorCodes.keys()]).toEqual(expected);
  });

  it('explains each, with a fallback', () => {
    expect(sessionErrorMeaning(-2004)).toBe('no coverage for the area');
    expect(sessionErrorMeaning(-2010)).toBe('trunk capacity exceeded');
    expect(sessionErrorMeaning(7)).toBe('unrecognised session error code 7');
  });
});

describe('session statuses', () => {
  it('explains the six documented statuses and falls back for others', () => {
    expect(Object.keys(sessionStatuses)).toEqual(['COMPLETED', 'BUSY', 'NO_ANSWER', 'FAILED', 'CANCELED', 'ERROR']);
    expect(sessionStatusMeaning('NO_ANSWER')).toBe('The number called did not answer.');
    expect(sessionStatusMeaning('toString')).toBe('Session ended with status toString.');
  });
});

describe('qualityLabel', () => {
  it.each([
    [4.5, 'good'],
    [4.0, 'good'],
    [3.99, 'fair'],
    [3.6, 'fair'],
    [3.59, 'poor'],
    [1, 'poor'],
  ])('MOS %d is %s', (mos, label) => {
    expect(qualityLabel(mos)).toBe(label);
  });
});
