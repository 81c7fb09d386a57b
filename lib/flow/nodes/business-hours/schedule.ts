// Decides open/closed for a weekly schedule in an IANA timezone. Formatters are
// cached per zone: this runs on the webhook path.

export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof weekdays)[number];
export type OpeningInterval = { open: string; close: string };
export type WeeklySchedule = Record<Weekday, OpeningInterval[]>;

const formatters = new Map<string, Intl.DateTimeFormat>();

export function isValidTimezone(zone: string): boolean {
  if (!zone) return false;
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

export type LocalTime = { weekday: Weekday; date: string; minutes: number };

export function localTime(now: Date, zone: string): LocalTime {
  const parts: Record<string, string> = {};
  for (const p of formatterFor(zone).formatToParts(now)) parts[p.type] = p.value;
  return {
    weekday: (parts.weekday ?? 'Mon').toLowerCase().slice(0, 3) as Weekday,
    date: `${parts.year}-${parts.month}-${parts.day}`,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/** "HH:MM" → minutes after midnight; "24:00" is the end of the day. Null when malformed. */
export function parseClock(value: string): number | null {
  const match = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(value);
  if (!match) return null;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return minutes <= 24 * 60 ? minutes : null;
}

export function isOpen(schedule: WeeklySchedule, holidays: readonly string[], zone: string, now: Date): boolean {
  const local = localTime(now, zone);
  if (holidays.includes(local.date)) return false;
  return schedule[local.weekday].some((interval) => {
    const open = parseClock(interval.open);
    const close = parseClock(interval.close);
    return open !== null && close !== null && local.minutes >= open && local.minutes < close;
  });
}
