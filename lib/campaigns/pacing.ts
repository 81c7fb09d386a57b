// The arithmetic of a campaign's pace, shared by the engine and the page.

/** Milliseconds between call starts at `callsPerSecond`. */
export function slotIntervalMs(callsPerSecond: number): number {
  return 1000 / callsPerSecond;
}

/** Calls per second achieved: calls started between the first and the last start, over that time. */
export function achievedRate(starts: readonly Date[] | { count: number; first: Date | null; last: Date | null }): number | null {
  const { count, first, last } = Array.isArray(starts)
    ? { count: starts.length, first: starts.length ? new Date(Math.min(...starts.map((d) => d.getTime()))) : null, last: starts.length ? new Date(Math.max(...starts.map((d) => d.getTime()))) : null }
    : (starts as { count: number; first: Date | null; last: Date | null });
  if (count < 2 || !first || !last) return null;
  const seconds = (last.getTime() - first.getTime()) / 1000;
  // n starts span n-1 intervals.
  return seconds > 0 ? (count - 1) / seconds : null;
}

/** Seconds left for `remaining` calls at the slower of the set and the achieved rate; null when nothing runs. */
export function estimateSecondsLeft(remaining: number, setRate: number, achieved: number | null): number | null {
  if (remaining <= 0) return 0;
  const rate = achieved === null ? setRate : Math.min(setRate, achieved);
  return rate > 0 ? Math.ceil(remaining / rate) : null;
}
