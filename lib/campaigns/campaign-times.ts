// A campaign's start and end. The form's datetime-local fields hold the browser's wall time,
// with no zone, turned into an instant when sent; the server checks the instants again.

/** A start picked as "this minute" is a few seconds old when it arrives: a minute's grace. */
export const pastGraceMs = 60_000;

/** `date` as a datetime-local value (to the minute) in the time zone of this process or browser. */
export function localDateTimeValue(date: Date): string {
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

export type TimeProblems = { startAt?: string; endAt?: string };

/** What is wrong with a start (optional) and an end at `now`, each said for its own field. */
export function checkCampaignTimes(startAt: Date | null, endAt: Date, now: Date): TimeProblems {
  if (Number.isNaN(endAt.getTime())) return { endAt: 'Pick the date and time the campaign ends' };
  if (startAt && Number.isNaN(startAt.getTime())) return { startAt: 'Pick a complete date and time, or clear it to start when the campaign is run' };
  if (startAt && startAt.getTime() < now.getTime() - pastGraceMs) return { startAt: 'The start has passed: pick a later time, or clear it to start when the campaign is run' };
  if (endAt.getTime() <= now.getTime()) return { endAt: 'The end has passed: pick a later time' };
  if (startAt && endAt <= startAt) return { endAt: 'The end must come after the start' };
  return {};
}
