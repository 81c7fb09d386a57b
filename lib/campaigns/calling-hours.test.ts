import { describe, expect, it } from 'vitest';
import { callingHours, defaultCallingHours, localTime, nextCallableTime } from './calling-hours';

describe('nextCallableTime', () => {
  const sg = ['Asia/Singapore'];
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
    expect(nextCallableTime(now, ['Europe/London'], defaultCallingHours)).toEqual(new Date('2027-03-29T08:00:00Z'));
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

describe('nextCallableTime in several zones', () => {
  const ny = 'America/New_York';
  const la = 'America/Los_Angeles';
  it('is now only when the window is open in every zone', () => {
    const now = new Date('2026-11-25T17:00:00Z'); // Wed 12:00 New York, 09:00 Los Angeles
    expect(nextCallableTime(now, [ny, la], defaultCallingHours)).toEqual(now);
  });
  it('waits for the western morning', () => {
    const now = new Date('2026-11-25T15:00:00Z'); // Wed 10:00 New York, 07:00 Los Angeles
    expect(nextCallableTime(now, [ny], defaultCallingHours)).toEqual(now);
    expect(nextCallableTime(now, [ny, la], defaultCallingHours)).toEqual(new Date('2026-11-25T17:00:00Z'));
  });
  it('stops at the eastern evening: a New York contact is not called at 22:59', () => {
    const now = new Date('2026-11-26T03:59:00Z'); // Wed 22:59 New York, 19:59 Los Angeles
    expect(nextCallableTime(now, [la], defaultCallingHours)).toEqual(now);
    // Thu 09:00 Los Angeles = 12:00 New York.
    expect(nextCallableTime(now, [ny, la], defaultCallingHours)).toEqual(new Date('2026-11-26T17:00:00Z'));
    expect(nextCallableTime(now, [ny], defaultCallingHours)).toEqual(new Date('2026-11-26T14:00:00Z'));
  });
  it('crosses a weekday change between zones', () => {
    // Fri 19:00 Los Angeles is already Sat 16:00 in Auckland: no common weekday window until
    // Monday 09:00 Auckland = Sun 12:00 Los Angeles — a Sunday there, so not that either.
    // Tue 09:00 Auckland (Mon 20:00 UTC) = Mon 12:00 Los Angeles: open in both.
    const now = new Date('2026-11-28T03:00:00Z');
    expect(nextCallableTime(now, [la, 'Pacific/Auckland'], defaultCallingHours)).toEqual(new Date('2026-11-30T20:00:00Z'));
  });
  it('follows each zone across its own daylight-saving change', () => {
    // 2027-03-14: New York moves to EDT (09:00 = 13:00 UTC); Los Angeles too (09:00 = 16:00 UTC);
    // London still on GMT until 2027-03-28 (20:00 = 20:00 UTC). Mon 15 March: LA opens 16:00 UTC.
    const now = new Date('2027-03-15T12:00:00Z');
    expect(nextCallableTime(now, [ny, 'Europe/London'], defaultCallingHours)).toEqual(new Date('2027-03-15T13:00:00Z'));
    expect(nextCallableTime(now, [la, 'Europe/London'], defaultCallingHours)).toEqual(new Date('2027-03-15T16:00:00Z'));
    // A week earlier New York was on EST: 09:00 was 14:00 UTC.
    expect(nextCallableTime(new Date('2027-03-08T12:00:00Z'), [ny, 'Europe/London'], defaultCallingHours)).toEqual(new Date('2027-03-08T14:00:00Z'));
  });
  it('reads the day of the change itself in the new offset', () => {
    const daily = { start: '09:00', end: '20:00' };
    const everyDay = { sun: daily, mon: daily, tue: daily, wed: daily, thu: daily, fri: daily, sat: daily };
    // Sun 2027-03-14 01:00 EST, before the 02:00 jump: 09:00 that day is EDT (13:00 UTC), PDT in Los Angeles (16:00 UTC).
    const now = new Date('2027-03-14T06:00:00Z');
    expect(nextCallableTime(now, [ny], everyDay)).toEqual(new Date('2027-03-14T13:00:00Z'));
    expect(nextCallableTime(now, [ny, la], everyDay)).toEqual(new Date('2027-03-14T16:00:00Z'));
    // Sun 2026-11-01, back to EST: 20:00 New York is 01:00 UTC; at 00:30 UTC both are still open.
    expect(nextCallableTime(new Date('2026-11-02T00:30:00Z'), [ny, la], everyDay)).toEqual(new Date('2026-11-02T00:30:00Z'));
    expect(nextCallableTime(new Date('2026-11-02T01:00:00Z'), [ny, la], everyDay)).toEqual(new Date('2026-11-02T17:00:00Z'));
  });
  it('is null when the zones never share a window', () => {
    // 09:00–20:00 is 14:00–01:00 UTC in New York, 09:00–20:00 in London, 23:00–10:00 in Guam.
    expect(nextCallableTime(new Date('2026-11-25T00:00:00Z'), [ny, 'Europe/London'], defaultCallingHours)).toEqual(new Date('2026-11-25T14:00:00Z'));
    expect(nextCallableTime(new Date('2026-11-25T00:00:00Z'), [ny, 'Europe/London', 'Pacific/Guam'], defaultCallingHours)).toBeNull();
  });
  it('is the same as one zone when the zones agree', () => {
    const now = new Date('2026-11-24T23:00:00Z');
    expect(nextCallableTime(now, ['Europe/London', 'Europe/Guernsey'], defaultCallingHours)).toEqual(nextCallableTime(now, ['Europe/London'], defaultCallingHours));
  });
});
