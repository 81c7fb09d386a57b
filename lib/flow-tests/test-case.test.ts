import { describe, expect, it } from 'vitest';
import { testCaseSpec } from './test-case';

describe('testCaseSpec', () => {
  it('fills in defaults', () => {
    expect(testCaseSpec.parse({ caller: '+1', dialed: '+2' })).toEqual({ caller: '+1', dialed: '+2', presses: [], mocks: {}, expect: {} });
  });

  it('accepts presses, no input, a mocked time and mocks', () => {
    const parsed = testCaseSpec.parse({
      caller: '+1',
      dialed: '+2',
      presses: ['1', null, '12#'],
      now: '2026-03-02T10:00:00+08:00',
      mocks: { dip: { kind: 'response', status: 200, json: { a: 1 } }, slow: { kind: 'timeout' } },
      expect: { steps: ['start'], says: ['Hi'], end: { kind: 'transfer', to: '+3' } },
    });
    expect(parsed.presses).toEqual(['1', null, '12#']);
  });

  it('refuses what it cannot run, saying what to fix', () => {
    const problems = (input: unknown) => testCaseSpec.safeParse(input).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(problems({ caller: '', dialed: '+2' })).toEqual(['caller: The caller number is empty']);
    expect(problems({ caller: '+1', dialed: '+2', presses: ['1a'] })).toEqual(['presses.0: Each press is 1 to 32 of 0-9, * and # (or null for no input)']);
    expect(problems({ caller: '+1', dialed: '+2', now: 'monday' })).toEqual(['now: now is an ISO 8601 time, e.g. 2026-03-02T10:00:00+08:00']);
    expect(problems({ caller: '+1', dialed: '+2', mocks: { d: { kind: 'response', status: 99 } } })).toEqual(['mocks.d.status: status is an HTTP status (100–599)']);
    expect(problems({ caller: '+1', dialed: '+2', extra: true })?.[0]).toMatch(/extra/);
  });
});
