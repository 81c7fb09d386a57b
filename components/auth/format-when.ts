const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

/** A moment as the admin tables show it (UTC, as their headers say); a missing one as a dash. */
export function formatWhen(date: Date | string | null): string {
  return date === null ? '—' : when.format(new Date(date));
}
