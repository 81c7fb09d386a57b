import { z } from 'zod';

// When a contact may be called: per weekday, a window in the contact's own local time.

export const weekdays = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof weekdays)[number];

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time is HH:MM, 00:00 to 23:59');
const window = z
  .object({ start: clock, end: clock })
  .refine((w) => minutesOf(w.start) < minutesOf(w.end), 'a window must end after it starts');

/** null: no calls that day. */
export const callingHours = z.object(Object.fromEntries(weekdays.map((day) => [day, window.nullable()])) as Record<Weekday, z.ZodNullable<typeof window>>);
export type CallingHours = z.infer<typeof callingHours>;

const weekday = { start: '09:00', end: '20:00' };
/** 09:00–20:00 on weekdays. */
export const defaultCallingHours: CallingHours = { sun: null, mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday, sat: null };

function minutesOf(text: string): number {
  const [h, m] = text.split(':').map(Number);
  return h! * 60 + m!;
}

type LocalTime = { year: number; month: number; day: number; weekday: Weekday; minutes: number };

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(zone: string): Intl.DateTimeFormat {
  let found = formatters.get(zone);
  if (!found) {
    found = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', weekday: 'short' });
    formatters.set(zone, found);
  }
  return found;
}

export function localTime(at: Date, zone: string): LocalTime {
  const parts = Object.fromEntries(formatter(zone).formatToParts(at).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    weekday: parts.weekday!.slice(0, 3).toLowerCase() as Weekday,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/** The instant a local wall time has in `zone` (the later one across a DST gap). */
function instantOf(year: number, month: number, day: number, minutes: number, zone: string): Date {
  const wall = Date.UTC(year, month - 1, day, 0, minutes);
  let guess = wall;
  for (let i = 0; i < 3; i += 1) {
    const seen = localTime(new Date(guess), zone);
    const seenWall = Date.UTC(seen.year, seen.month - 1, seen.day, 0, seen.minutes);
    const off = seenWall - wall;
    if (off === 0) break;
    guess -= off;
  }
  return new Date(guess);
}

/**
 * The earliest instant at or after `now` when the contact may be called, or null when the
 * hours allow no time in the coming week. `now` itself when it is inside a window. A number
 * that may be in several zones (its prefix covers them) is called only when the window is
 * open in every one of them, so nobody is called early or late.
 */
export function nextCallableTime(now: Date, zones: readonly string[], hours: CallingHours): Date | null {
  const horizon = now.getTime() + 8 * 86_400_000;
  let at = now;
  // Each round moves `at` to the latest next opening among the zones: no earlier instant can be
  // open in all of them. It stops when every zone is open at `at`.
  while (at.getTime() <= horizon) {
    let latest = at;
    for (const zone of zones) {
      const next = nextCallableTimeIn(at, zone, hours);
      if (!next) return null;
      if (next > latest) latest = next;
    }
    if (latest.getTime() === at.getTime()) return at;
    at = latest;
  }
  return null;
}

function nextCallableTimeIn(now: Date, zone: string, hours: CallingHours): Date | null {
  const today = localTime(now, zone);
  const todayWindow = hours[today.weekday];
  if (todayWindow && today.minutes >= minutesOf(todayWindow.start) && today.minutes < minutesOf(todayWindow.end)) return now;
  for (let offset = 0; offset <= 7; offset += 1) {
    const noon = new Date(Date.UTC(today.year, today.month - 1, today.day + offset, 12));
    const date = { year: noon.getUTCFullYear(), month: noon.getUTCMonth() + 1, day: noon.getUTCDate() };
    const day = weekdays[noon.getUTCDay()]!;
    const w = hours[day];
    if (!w) continue;
    const start = instantOf(date.year, date.month, date.day, minutesOf(w.start), zone);
    if (start.getTime() >= now.getTime()) return start;
  }
  return null;
}
