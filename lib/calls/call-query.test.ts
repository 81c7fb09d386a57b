import { describe, expect, it } from 'vitest';
import { callFilterQuery } from './call-query';

const number = (value: string) => callFilterQuery.safeParse({ number: value });

describe('the number search filter', () => {
  it.each([
    ['+6591234567', '6591234567'],
    ['6591234567', '6591234567'],
    ['+65 9123-4567', '6591234567'],
    ['(65) 9123.4567', '6591234567'],
    ['  4567 ', '4567'],
  ])('reads %j as the digits %j', (input, digits) => {
    expect(number(input)).toMatchObject({ success: true, data: { number: digits } });
  });

  it.each(['', '   ', '+'])('treats %j as no number filter', (input) => {
    expect(number(input)).toMatchObject({ success: true, data: { number: undefined } });
  });

  it.each(['65-CALL-NOW', '1234567890123456', '+65+91', '%', '12_4'])('refuses %j with a message saying what to type', (input) => {
    const result = number(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('number must be digits');
  });
});
