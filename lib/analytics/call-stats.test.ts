import { describe, expect, it } from 'vitest';
import {
  analyticsOf,
  bucketsOf,
  emptyStats,
  mergeStats,
  percentileOf,
  rangesOfDays,
  splitPeriod,
  startOfUtcDay,
  statsByFlowAndDay,
  type CallStats,
} from './call-stats';

const at = (iso: string) => new Date(iso);

/** percentile_cont as PostgreSQL documents it, over the values themselves. */
function percentileCont(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = p * (sorted.length - 1);
  const lower = sorted[Math.floor(position)]!;
  const upper = sorted[Math.ceil(position)]!;
  return lower + (upper - lower) * (position - Math.floor(position));
}

const histogram = (values: number[]) => {
  const counts: Record<string, number> = {};
  for (const v of values) counts[String(v)] = (counts[String(v)] ?? 0) + 1;
  return counts;
};

describe('percentileOf', () => {
  it('is null when no call ended', () => {
    expect(percentileOf({}, 0.5)).toBeNull();
    expect(percentileOf({ '12': 0 }, 0.5)).toBeNull();
  });

  it('interpolates like percentile_cont', () => {
    expect(percentileOf({ '10': 1, '20': 1 }, 0.5)).toBe(15);
    expect(percentileOf({ '10': 1, '20': 1, '40': 1, '80': 1 }, 0.9)).toBeCloseTo(68, 10);
    expect(percentileOf({ '7': 3 }, 0.99)).toBe(7);
  });

  it('equals percentile_cont over the values for many random samples', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    for (let sample = 0; sample < 200; sample += 1) {
      const values = Array.from({ length: 1 + Math.floor(random() * 60) }, () => Math.floor(random() * 300));
      for (const p of [0, 0.5, 0.75, 0.9, 0.95, 0.99, 1]) {
        expect(percentileOf(histogram(values), p)).toBeCloseTo(percentileCont(values, p)!, 9);
      }
    }
  });
});

describe('statsByFlowAndDay and mergeStats', () => {
  const parts = statsByFlowAndDay(
    [
      { flowKey: 'f1', hour: at('2026-11-19T09:00:00Z'), outcome: 'COMPLETED', calls: 3, durationSum: 90.5 },
      { flowKey: 'f1', hour: at('2026-11-19T09:00:00Z'), outcome: 'BUSY', calls: 1, durationSum: 0 },
      { flowKey: 'f2', hour: at('2026-11-19T23:00:00Z'), outcome: 'IN_PROGRESS', calls: 2, durationSum: null },
      { flowKey: '', hour: at('2026-11-20T00:00:00Z'), outcome: 'COMPLETED', calls: 1, durationSum: 12 },
    ],
    [
      { flowKey: 'f1', day: at('2026-11-19T00:00:00Z'), seconds: 30, calls: 3 },
      { flowKey: 'f1', day: at('2026-11-19T00:00:00Z'), seconds: 0, calls: 1 },
      { flowKey: '', day: at('2026-11-20T00:00:00Z'), seconds: 12, calls: 1 },
    ],
    [{ flowKey: 'f1', day: at('2026-11-19T00:00:00Z'), legs: 4, good: 2, fair: 1, poor: 1, mosSum: 14.2 }],
  );

  it('keeps each flow and day apart, and adds every row to the day\'s all-flows part', () => {
    expect([...parts.keys()].sort()).toEqual(['*|2026-11-19', '*|2026-11-20', 'f1|2026-11-19', 'f2|2026-11-19', '|2026-11-20']);
    expect(parts.get('f1|2026-11-19')).toEqual({
      hours: { '2026-11-19T09:00:00.000Z': [4, 3] },
      outcomes: { COMPLETED: 3, BUSY: 1 },
      durations: { '30': 3, '0': 1 },
      durationSum: 90.5,
      legs: 4,
      good: 2,
      fair: 1,
      poor: 1,
      mosSum: 14.2,
    });
    expect(parts.get('*|2026-11-19')).toMatchObject({
      hours: { '2026-11-19T09:00:00.000Z': [4, 3], '2026-11-19T23:00:00.000Z': [2, 0] },
      outcomes: { COMPLETED: 3, BUSY: 1, IN_PROGRESS: 2 },
      legs: 4,
    });
  });

  it('merges parts by adding every count', () => {
    const merged = mergeStats([...parts.entries()].filter(([key]) => key.startsWith('*|')).map(([, part]) => part));
    expect(merged.outcomes).toEqual({ COMPLETED: 4, BUSY: 1, IN_PROGRESS: 2 });
    expect(merged.durations).toEqual({ '30': 3, '0': 1, '12': 1 });
    expect(merged.durationSum).toBeCloseTo(102.5, 10);
    expect(merged.hours['2026-11-20T00:00:00.000Z']).toEqual([1, 1]);
    expect(mergeStats([])).toEqual(emptyStats());
  });
});

describe('splitPeriod', () => {
  const today = at('2026-11-21T00:00:00Z');

  it('reads a period inside one day from the sessions', () => {
    const from = at('2026-11-19T03:00:00Z');
    const to = at('2026-11-19T20:00:00Z');
    expect(splitPeriod(from, to, today)).toEqual({ days: [], ranges: [{ from, to }] });
  });

  it('takes the whole past days from the rollup and the partial ends and today from the sessions', () => {
    const from = at('2026-11-14T14:10:00Z');
    const to = at('2026-11-21T14:10:00Z');
    expect(splitPeriod(from, to, today)).toEqual({
      days: ['2026-11-15', '2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20'],
      ranges: [
        { from, to: at('2026-11-15T00:00:00Z') },
        { from: today, to },
      ],
    });
  });

  it('needs no raw stretch for a period of whole past days', () => {
    expect(splitPeriod(at('2026-11-01T00:00:00Z'), at('2026-11-03T00:00:00Z'), today)).toEqual({ days: ['2026-11-01', '2026-11-02'], ranges: [] });
  });

  it('never takes today or a later day from the rollup', () => {
    const from = at('2026-11-21T00:00:00Z');
    const to = at('2026-11-23T00:00:00Z');
    expect(splitPeriod(from, to, today)).toEqual({ days: [], ranges: [{ from, to }] });
  });
});

describe('startOfUtcDay and rangesOfDays', () => {
  it('takes an instant to the start of its UTC day', () => {
    expect(startOfUtcDay(at('2026-11-21T23:59:59.999Z'))).toEqual(at('2026-11-21T00:00:00Z'));
    expect(startOfUtcDay(at('2026-11-21T00:00:00Z'))).toEqual(at('2026-11-21T00:00:00Z'));
  });

  it('joins consecutive days into one range, in order', () => {
    expect(rangesOfDays(['2026-11-03', '2026-11-01', '2026-11-02', '2026-11-05'])).toEqual([
      { from: at('2026-11-01T00:00:00Z'), to: at('2026-11-04T00:00:00Z') },
      { from: at('2026-11-05T00:00:00Z'), to: at('2026-11-06T00:00:00Z') },
    ]);
    expect(rangesOfDays([])).toEqual([]);
  });
});

describe('bucketsOf and analyticsOf', () => {
  const stats: CallStats = {
    ...emptyStats(),
    hours: { '2026-11-19T09:00:00.000Z': [4, 3], '2026-11-19T23:00:00.000Z': [2, 0], '2026-11-20T00:00:00.000Z': [1, 1] },
    outcomes: { COMPLETED: 4, BUSY: 1, IN_PROGRESS: 2 },
    durations: { '30': 3, '0': 1, '12': 1 },
    durationSum: 102.5,
    legs: 4,
    good: 2,
    fair: 1,
    poor: 1,
    mosSum: 14.2,
  };

  it('lists every bucket of the period, the first truncated, empty ones as 0', () => {
    expect(bucketsOf(stats, at('2026-11-18T12:00:00Z'), at('2026-11-20T06:00:00Z'), 'day')).toEqual([
      { start: '2026-11-18T00:00:00.000Z', calls: 0, completed: 0 },
      { start: '2026-11-19T00:00:00.000Z', calls: 6, completed: 3 },
      { start: '2026-11-20T00:00:00.000Z', calls: 1, completed: 1 },
    ]);
    const hours = bucketsOf(stats, at('2026-11-19T08:30:00Z'), at('2026-11-19T11:00:00Z'), 'hour');
    expect(hours.map((b) => [b.start.slice(11, 13), b.calls])).toEqual([['08', 0], ['09', 4], ['10', 0]]);
  });

  it('answers the dashboard: totals, durations over ended calls, outcomes by count', () => {
    const query = { from: at('2026-11-19T00:00:00Z'), to: at('2026-11-21T00:00:00Z'), flowId: 'f1' };
    const result = analyticsOf(stats, query, 'day');
    expect(result.totals).toEqual({ calls: 7, completed: 4, inProgress: 2, ended: 5 });
    expect(result.duration.average).toBeCloseTo(20.5, 10);
    expect(result.duration.percentiles.find((p) => p.percentile === 50)?.seconds).toBe(30);
    expect(result.mos).toEqual({ average: 14.2 / 4, legs: 4 });
    expect(result.outcomes.map((o) => [o.status, o.count])).toEqual([['COMPLETED', 4], ['IN_PROGRESS', 2], ['BUSY', 1]]);
    expect(result.quality).toEqual({ good: 2, fair: 1, poor: 1 });
    expect(result.perBucket).toHaveLength(2);
    expect(result.flowId).toBe('f1');
  });

  it('answers an empty period with nulls, not zeros, where nothing can be said', () => {
    const result = analyticsOf(emptyStats(), { from: at('2026-11-19T00:00:00Z'), to: at('2026-11-20T00:00:00Z'), flowId: undefined }, 'hour');
    expect(result.totals).toEqual({ calls: 0, completed: 0, inProgress: 0, ended: 0 });
    expect(result.duration.average).toBeNull();
    expect(result.duration.percentiles.every((p) => p.seconds === null)).toBe(true);
    expect(result.mos).toEqual({ average: null, legs: 0 });
    expect(result.perBucket).toHaveLength(24);
  });
});
