// The dashboard's figures as mergeable parts. A part is what one stored day (a rollup row)
// or one stretch of raw sessions gives; parts add up, so a period is its whole past days
// from the rollup plus its edges and today from the sessions themselves. Pure.
import { durationPercentiles, type Analytics, type AnalyticsQuery, type BucketUnit } from './analytics-query';
import { outcomeOf } from './outcome-labels';

/** Aggregates of a set of calls. Counts add; durations are a histogram, so percentiles merge exactly. */
export type CallStats = {
  /** Calls and completed calls per hour: ISO hour start → [calls, completed]. */
  hours: Record<string, [number, number]>;
  /** Calls per outcome: a final status, IN_PROGRESS (no end yet) or ENDED (ended without a summary). */
  outcomes: Record<string, number>;
  /** Ended calls per duration in whole seconds (rounded). */
  durations: Record<string, number>;
  /** The exact total of the ended calls' durations, in seconds. */
  durationSum: number;
  /** Legs with a MOS, by qualityLabel's bands, and the MOS total. */
  legs: number;
  good: number;
  fair: number;
  poor: number;
  mosSum: number;
};

export const emptyStats = (): CallStats => ({ hours: {}, outcomes: {}, durations: {}, durationSum: 0, legs: 0, good: 0, fair: 0, poor: 0, mosSum: 0 });

const addCounts = <T extends Record<string, number>>(into: T, from: Readonly<T>) => {
  for (const [key, n] of Object.entries(from)) (into as Record<string, number>)[key] = (into[key] ?? 0) + n;
};

export function mergeStats(parts: readonly CallStats[]): CallStats {
  const total = emptyStats();
  for (const part of parts) {
    for (const [hour, [calls, completed]] of Object.entries(part.hours)) {
      const at = total.hours[hour] ?? [0, 0];
      total.hours[hour] = [at[0] + calls, at[1] + completed];
    }
    addCounts(total.outcomes, part.outcomes);
    addCounts(total.durations, part.durations);
    total.durationSum += part.durationSum;
    total.legs += part.legs;
    total.good += part.good;
    total.fair += part.fair;
    total.poor += part.poor;
    total.mosSum += part.mosSum;
  }
  return total;
}

/** Rows as the SQL groups them (see lib/server/analytics/call-stats-sql.ts). */
export type HourRow = { flowKey: string; hour: Date; outcome: string; calls: number; durationSum: number | null };
export type SecondRow = { flowKey: string; day: Date; seconds: number; calls: number };
export type QualityRow = { flowKey: string; day: Date; legs: number; good: number; fair: number; poor: number; mosSum: number | null };

/** The UTC day an instant falls on, as YYYY-MM-DD. */
export const utcDay = (at: Date) => at.toISOString().slice(0, 10);

const dayMs = 86_400_000;

/**
 * The start of the UTC day an instant falls on. The rollup holds only the days before
 * `startOfUtcDay(now)`: the dashboard reads them from it and a session summary of such a
 * day invalidates them, so both must use this.
 */
export const startOfUtcDay = (at: Date) => new Date(Math.floor(at.getTime() / dayMs) * dayMs);

/** Days (YYYY-MM-DD) as the fewest ranges of whole days, so they are scanned in few passes. */
export function rangesOfDays(days: readonly string[]): Array<{ from: Date; to: Date }> {
  const ranges: Array<{ from: Date; to: Date }> = [];
  for (const day of [...days].sort()) {
    const from = new Date(`${day}T00:00:00.000Z`);
    const last = ranges.at(-1);
    if (last && last.to.getTime() === from.getTime()) last.to = new Date(from.getTime() + dayMs);
    else ranges.push({ from, to: new Date(from.getTime() + dayMs) });
  }
  return ranges;
}

/**
 * Stats per flow key and UTC day ("<flowKey>|<YYYY-MM-DD>") from grouped rows, plus an
 * all-flows part per day under the flow key "*".
 */
export function statsByFlowAndDay(hours: readonly HourRow[], seconds: readonly SecondRow[], quality: readonly QualityRow[]): Map<string, CallStats> {
  const parts = new Map<string, CallStats>();
  const partFor = (flowKey: string, day: string) => {
    const key = `${flowKey}|${day}`;
    const part = parts.get(key) ?? emptyStats();
    parts.set(key, part);
    return part;
  };
  const each = (flowKey: string, day: string, apply: (part: CallStats) => void) => {
    apply(partFor(flowKey, day));
    apply(partFor('*', day));
  };
  for (const row of hours) {
    each(row.flowKey, utcDay(row.hour), (part) => {
      const hour = row.hour.toISOString();
      const at = part.hours[hour] ?? [0, 0];
      part.hours[hour] = [at[0] + row.calls, at[1] + (row.outcome === 'COMPLETED' ? row.calls : 0)];
      part.outcomes[row.outcome] = (part.outcomes[row.outcome] ?? 0) + row.calls;
      part.durationSum += row.durationSum ?? 0;
    });
  }
  for (const row of seconds) {
    each(row.flowKey, utcDay(row.day), (part) => {
      part.durations[String(row.seconds)] = (part.durations[String(row.seconds)] ?? 0) + row.calls;
    });
  }
  for (const row of quality) {
    each(row.flowKey, utcDay(row.day), (part) => {
      Object.assign(part, {
        legs: part.legs + row.legs,
        good: part.good + row.good,
        fair: part.fair + row.fair,
        poor: part.poor + row.poor,
        mosSum: part.mosSum + (row.mosSum ?? 0),
      });
    });
  }
  return parts;
}

/**
 * A continuous percentile (p in 0–1) of the durations histogram, interpolating between
 * neighbours as PostgreSQL's percentile_cont does; null when no call ended.
 */
export function percentileOf(durations: Readonly<Record<string, number>>, p: number): number | null {
  const values = Object.entries(durations)
    .filter(([, n]) => n > 0)
    .map(([seconds, n]) => [Number(seconds), n] as const)
    .sort((a, b) => a[0] - b[0]);
  const count = values.reduce((sum, [, n]) => sum + n, 0);
  if (count === 0) return null;
  const position = p * (count - 1);
  const valueAt = (index: number) => {
    let seen = 0;
    for (const [value, n] of values) {
      seen += n;
      if (index < seen) return value;
    }
    return values.at(-1)![0];
  };
  const lower = valueAt(Math.floor(position));
  const upper = valueAt(Math.ceil(position));
  return lower + (upper - lower) * (position - Math.floor(position));
}

/**
 * Splits [from, to) into the whole UTC days the rollup can answer (those before `today`,
 * the start of the current UTC day) and the stretches left to read from the sessions: the
 * partial days at either end and anything from today on.
 */
export function splitPeriod(from: Date, to: Date, today: Date): { days: string[]; ranges: Array<{ from: Date; to: Date }> } {
  const firstWhole = new Date(Math.ceil(from.getTime() / dayMs) * dayMs);
  const endWhole = new Date(Math.min(Math.floor(to.getTime() / dayMs) * dayMs, today.getTime()));
  if (firstWhole >= endWhole) return { days: [], ranges: [{ from, to }] };
  const days: string[] = [];
  for (let at = firstWhole.getTime(); at < endWhole.getTime(); at += dayMs) days.push(utcDay(new Date(at)));
  const ranges = [
    ...(from < firstWhole ? [{ from, to: firstWhole }] : []),
    ...(endWhole < to ? [{ from: endWhole, to }] : []),
  ];
  return { days, ranges };
}

const hourMs = 3_600_000;

/** Every bucket of [from, to) (UTC hours or days, the first one truncated like date_trunc), empty ones as 0. */
export function bucketsOf(stats: CallStats, from: Date, to: Date, unit: BucketUnit): Analytics['perBucket'] {
  const size = unit === 'hour' ? hourMs : dayMs;
  const counts = new Map<number, [number, number]>();
  for (const [hour, [calls, completed]] of Object.entries(stats.hours)) {
    const start = Math.floor(Date.parse(hour) / size) * size;
    const at = counts.get(start) ?? [0, 0];
    counts.set(start, [at[0] + calls, at[1] + completed]);
  }
  const buckets: Analytics['perBucket'] = [];
  for (let start = Math.floor(from.getTime() / size) * size; start < to.getTime(); start += size) {
    const [calls, completed] = counts.get(start) ?? [0, 0];
    buckets.push({ start: new Date(start).toISOString(), calls, completed });
  }
  return buckets;
}

/** The dashboard's answer for a period and flow from its merged stats. */
export function analyticsOf(stats: CallStats, query: AnalyticsQuery, unit: BucketUnit): Analytics {
  const ended = Object.values(stats.durations).reduce((sum, n) => sum + n, 0);
  const outcomes = Object.entries(stats.outcomes)
    .filter(([, n]) => n > 0)
    .sort(([a, n], [b, m]) => m - n || (a < b ? -1 : 1))
    .map(([status, n]) => outcomeOf(status, n));
  return {
    from: query.from.toISOString(),
    to: query.to.toISOString(),
    flowId: query.flowId ?? null,
    bucket: unit,
    totals: {
      calls: outcomes.reduce((sum, o) => sum + o.count, 0),
      completed: stats.outcomes.COMPLETED ?? 0,
      inProgress: stats.outcomes.IN_PROGRESS ?? 0,
      ended,
    },
    duration: {
      average: ended ? stats.durationSum / ended : null,
      percentiles: durationPercentiles.map((percentile) => ({ percentile, seconds: percentileOf(stats.durations, percentile / 100) })),
    },
    mos: { average: stats.legs ? stats.mosSum / stats.legs : null, legs: stats.legs },
    perBucket: bucketsOf(stats, query.from, query.to, unit),
    outcomes,
    quality: { good: stats.good, fair: stats.fair, poor: stats.poor },
  };
}
