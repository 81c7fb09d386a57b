/** "42 s", "3 min 5 s", or "—" for no value. */
export function formatSeconds(seconds: number | null): string {
  if (seconds === null) return '—';
  const rounded = Math.round(seconds);
  return rounded < 60 ? `${rounded} s` : `${Math.floor(rounded / 60)} min ${rounded % 60} s`;
}

// UTC so the server render and the browser's hydration agree, and buckets match the SQL's.
const hourFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
const dayFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short' });

export function formatBucket(iso: string, unit: 'hour' | 'day'): string {
  return (unit === 'hour' ? hourFormat : dayFormat).format(new Date(iso));
}
