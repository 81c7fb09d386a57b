import { describe, expect, it } from 'vitest';
import { toE164 } from './e164';

describe('toE164', () => {
  it.each([
    ['+6591234567', '+6591234567'],
    ['+65 9123 4567', '+6591234567'],
    ['+1 (415) 555-0100', '+14155550100'],
    ['6591234567', '+6591234567'],
    ["'+6591234567", '+6591234567'],
    ['  +44 20 7123 4567 ', '+442071234567'],
  ])('reads %j as %s', (text, number) => {
    expect(toE164(text)).toEqual({ ok: true, number });
  });

  it.each([
    ['', /no number/],
    ['+65 9123 4567 ext 2', /characters a phone number cannot have/],
    ['=HYPERLINK("x")', /characters a phone number cannot have/],
    ['0065 9123 4567', /not an international number/],
    ['0412 345 678', /not an international number/],
    // A Singapore number without its country code: a possible E.164 shape, but no Indian number is that short.
    ['91234567', /too short for its country/],
    ['+1234567890123456', /not an international number/],
    ['+999123456', /no country code that exists/],
  ])('refuses %j, saying why', (text, problem) => {
    const result = toE164(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatch(problem);
  });

  it('quotes long input shortened', () => {
    const result = toE164('9'.repeat(60) + 'x');
    expect(result.ok === false && result.problem.length).toBeLessThan(200);
  });
});
