import { describe, expect, it } from 'vitest';
import { noHours } from '../../testing/builders';
import { isOpen, isValidTimezone, localTime, parseClock, type WeeklySchedule } from './schedule';

const weekdays9to5: WeeklySchedule = {
  ...noHours,
  mon: [{ open: '09:00', close: '17:00' }],
  tue: [{ open: '09:00', close: '17:00' }],
  wed: [{ open: '09:00', close: '17:00' }],
  thu: [{ open: '09:00', close: '17:00' }],
  fri: [{ open: '09:00', close: '17:00' }],
};
const at = (iso: string) => new Date(iso);

describe('parseClock', () => {
  it.each([
    ['00:00', 0],
    ['09:30', 570],
    ['23:59', 1439],
    ['24:00', 1440],
  ])('reads %s as %i minutes', (value, minutes) => expect(parseClock(value)).toBe(minutes));

  it.each(['24:01', '25:00', '9:00', '12:60', '', '12:00:00', 'noon', ' 09:00'])('rejects %j', (value) => {
    expect(parseClock(value)).toBeNull();
  });
});

describe('isValidTimezone', () => {
  it.each(['Asia/Singapore', 'America/New_York', 'Europe/London', 'UTC'])('accepts %s', (zone) => expect(isValidTimezone(zone)).toBe(true));
  it.each(['', 'Mars/Olympus', 'Singapore Time'])('rejects %j', (zone) => expect(isValidTimezone(zone)).toBe(false));
});

describe('localTime', () => {
  it('gives the weekday, local date and minutes in the zone', () => {
    // Monday 2024-03-04 16:00 UTC is Tuesday 00:00 in Singapore (UTC+8).
    expect(localTime(at('2024-03-04T16:00:00Z'), 'Asia/Singapore')).toEqual({ weekday: 'tue', date: '2024-03-05', minutes: 0 });
    expect(localTime(at('2024-03-04T15:59:00Z'), 'Asia/Singapore')).toEqual({ weekday: 'mon', date: '2024-03-04', minutes: 1439 });
  });

  it('reports midnight as minute 0, not 24:00', () => {
    expect(localTime(at('2024-03-04T00:00:00Z'), 'UTC')).toEqual({ weekday: 'mon', date: '2024-03-04', minutes: 0 });
  });

  it('follows daylight saving time in New York', () => {
    // 2024-03-10 clocks go forward (EST UTC-5 → EDT UTC-4); 2024-11-03 they go back.
    expect(localTime(at('2024-03-08T13:30:00Z'), 'America/New_York')).toEqual({ weekday: 'fri', date: '2024-03-08', minutes: 8 * 60 + 30 });
    expect(localTime(at('2024-03-11T13:30:00Z'), 'America/New_York')).toEqual({ weekday: 'mon', date: '2024-03-11', minutes: 9 * 60 + 30 });
  });
});

describe('isOpen', () => {
  describe('Asia/Singapore, weekdays 09:00–17:00', () => {
    it.each([
      ['2024-03-04T00:59:00Z', false, 'Mon 08:59, before opening'],
      ['2024-03-04T01:00:00Z', true, 'Mon 09:00, opening minute'],
      ['2024-03-04T08:59:00Z', true, 'Mon 16:59, last open minute'],
      ['2024-03-04T09:00:00Z', false, 'Mon 17:00, closing is exclusive'],
      ['2024-03-08T04:00:00Z', true, 'Fri 12:00'],
      ['2024-03-09T04:00:00Z', false, 'Sat 12:00, empty day'],
      ['2024-03-10T04:00:00Z', false, 'Sun 12:00, empty day'],
      ['2024-03-08T16:30:00Z', false, 'Sat 00:30 local, though Fri 16:30 (open hours) in UTC'],
    ])('%s → open %s (%s)', (iso, open) => {
      expect(isOpen(weekdays9to5, [], 'Asia/Singapore', at(iso))).toBe(open);
    });
  });

  describe('America/New_York across DST, weekdays 09:00–17:00', () => {
    it.each([
      ['2024-03-08T13:30:00Z', false, 'Fri 08:30 EST'],
      ['2024-03-08T14:30:00Z', true, 'Fri 09:30 EST'],
      ['2024-03-11T13:30:00Z', true, 'Mon 09:30 EDT'],
      ['2024-03-11T21:30:00Z', false, 'Mon 17:30 EDT'],
      ['2024-11-01T13:30:00Z', true, 'Fri 09:30 EDT'],
      ['2024-11-04T13:30:00Z', false, 'Mon 08:30 EST'],
      ['2024-11-04T21:30:00Z', true, 'Mon 16:30 EST'],
    ])('%s → open %s (%s)', (iso, open) => {
      expect(isOpen(weekdays9to5, [], 'America/New_York', at(iso))).toBe(open);
    });
  });

  it('is open until 23:59 when a day closes at 24:00', () => {
    const sunday: WeeklySchedule = { ...noHours, sun: [{ open: '00:00', close: '24:00' }] };
    expect(isOpen(sunday, [], 'UTC', at('2024-03-03T00:00:00Z'))).toBe(true);
    expect(isOpen(sunday, [], 'UTC', at('2024-03-03T23:59:00Z'))).toBe(true);
    expect(isOpen(sunday, [], 'UTC', at('2024-03-04T00:00:00Z'))).toBe(false);
  });

  it('honours several intervals a day (closed over lunch)', () => {
    const split: WeeklySchedule = { ...noHours, mon: [{ open: '09:00', close: '12:00' }, { open: '13:00', close: '17:00' }] };
    expect(isOpen(split, [], 'UTC', at('2024-03-04T11:59:00Z'))).toBe(true);
    expect(isOpen(split, [], 'UTC', at('2024-03-04T12:30:00Z'))).toBe(false);
    expect(isOpen(split, [], 'UTC', at('2024-03-04T13:00:00Z'))).toBe(true);
  });

  it('is closed all day on a holiday, by the local date', () => {
    const always: WeeklySchedule = {
      mon: [{ open: '00:00', close: '24:00' }],
      tue: [{ open: '00:00', close: '24:00' }],
      wed: [{ open: '00:00', close: '24:00' }],
      thu: [{ open: '00:00', close: '24:00' }],
      fri: [{ open: '00:00', close: '24:00' }],
      sat: [{ open: '00:00', close: '24:00' }],
      sun: [{ open: '00:00', close: '24:00' }],
    };
    // 2024-12-24T16:30Z is already 25 December 00:30 in Singapore, still the 24th in UTC.
    const instant = at('2024-12-24T16:30:00Z');
    expect(isOpen(always, ['2024-12-25'], 'Asia/Singapore', instant)).toBe(false);
    expect(isOpen(always, ['2024-12-25'], 'UTC', instant)).toBe(true);
    expect(isOpen(always, [], 'Asia/Singapore', instant)).toBe(true);
  });

  it('ignores malformed intervals instead of throwing', () => {
    const broken: WeeklySchedule = { ...noHours, mon: [{ open: '9am', close: '17:00' }] };
    expect(isOpen(broken, [], 'UTC', at('2024-03-04T10:00:00Z'))).toBe(false);
  });
});
