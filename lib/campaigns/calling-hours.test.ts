import { describe, expect, it } from 'vitest';
import { callingHours, defaultCallingHours, localTime, nextCallableTime, timeZoneOf } from './calling-hours';

describe('timeZoneOf', () => {
  it('takes the zone from the number’s country', () => {
    expect(timeZoneOf('+6591234567')).toBe('Asia/Singapore');
    expect(timeZoneOf('+442071838750')).toBe('Europe/London');
    expect(timeZoneOf('+12125551234')).toBe('America/Los_Angeles');
  });
  it('falls back to UTC for a country it does not know', () => {
    expect(timeZoneOf('+37060012345')).toBe('UTC');
  });
});

describe('nextCallableTime', () => {
  const sg = 'Asia/Singapore';
  it('is now inside a window', () => {
    const now = new Date('2026-11-25T03:00:00Z'); // Wed 11:00 in Singapore
    expect(nextCallableTime(now, sg, defaultCallingHours)).toEqual(now);
  });
  it('waits for the morning before the window', () => {
    const now = new Date('2026-11-24T23:00:00Z'); // Wed 07:00 SG
    expect(nextCallableTime(now, sg, defaultCallingHours)).toEqual(new Date('2026-11-25T01:00:00Z'));
  });
  it('moves to the next day at the end of the window (end excluded)', () => {
    const now = new Date('2026-11-25T12:00:00Z'); // Wed 20:00 SG
    expect(nextCallableTime(now, sg, defaultCallingHours)).toEqual(new Date('2026-11-26T01:00:00Z'));
  });
  it('skips the weekend', () => {
    const now = new Date('2026-11-27T13:00:00Z'); // Fri 21:00 SG
    expect(nextCallableTime(now, sg, defaultCallingHours)).toEqual(new Date('2026-11-30T01:00:00Z')); // Mon 09:00
  });
  it('honours an edited weekday', () => {
    const hours = { ...defaultCallingHours, sat: { start: '10:00', end: '12:00' } };
    const now = new Date('2026-11-27T13:00:00Z');
    expect(nextCallableTime(now, sg, hours)).toEqual(new Date('2026-11-28T02:00:00Z'));
  });
  it('is null when no day allows calls', () => {
    const none = { sun: null, mon: null, tue: null, wed: null, thu: null, fri: null, sat: null };
    expect(nextCallableTime(new Date('2026-11-25T03:00:00Z'), sg, none)).toBeNull();
  });
  it('reads the window in the zone across a daylight-saving change', () => {
    // London moves to BST on 2027-03-28: 09:00 local is 08:00 UTC from then on.
    const now = new Date('2027-03-27T20:00:00Z'); // Sat
    expect(nextCallableTime(now, 'Europe/London', defaultCallingHours)).toEqual(new Date('2027-03-29T08:00:00Z'));
  });
});

describe('localTime and the schema', () => {
  it('gives the weekday and minutes in the zone', () => {
    expect(localTime(new Date('2026-11-25T03:30:00Z'), 'Asia/Singapore')).toMatchObject({ weekday: 'wed', minutes: 11 * 60 + 30 });
  });
  it('refuses a window that ends before it starts, and a bad time', () => {
    expect(callingHours.safeParse({ ...defaultCallingHours, mon: { start: '10:00', end: '09:00' } }).success).toBe(false);
    expect(callingHours.safeParse({ ...defaultCallingHours, mon: { start: '9:00', end: '19:00' } }).success).toBe(false);
    expect(callingHours.safeParse(defaultCallingHours).success).toBe(true);
  });
});
