import { z } from 'zod';

// The analytics endpoint's input and output, shared by the route, the page and the charts.

const hourMs = 3_600_000;
const dayMs = 24 * hourMs;
export const defaultSpanMs = 7 * dayMs;
export const maxSpanDays = 366;
/** Up to this span the calls are counted per hour, past it per day. */
export const hourlyUpToMs = 48 * hourMs;

/** A period's from/to as query fields: dates or times, both optional. */
export const periodFields = {
  from: z.coerce.date({ error: 'from must be a date or time, e.g. 2026-11-01' }).optional(),
  to: z.coerce.date({ error: 'to must be a date or time, e.g. 2026-11-30' }).optional(),
};

/**
 * The period a query covers: `to` defaults to now and `from` to 7 days before it.
 * Null (with the issue reported on ctx) when from is not before to or the span is too long.
 */
export function boundedPeriod(
  { from, to }: { from?: Date; to?: Date },
  ctx: z.RefinementCtx,
): { from: Date; to: Date } | null {
  const end = to ?? new Date();
  const start = from ?? new Date(end.getTime() - defaultSpanMs);
  if (start >= end) {
    ctx.issues.push({ code: 'custom', message: 'from must be before to', input: from, path: ['from'] });
    return null;
  }
  if (end.getTime() - start.getTime() > maxSpanDays * dayMs) {
    ctx.issues.push({ code: 'custom', message: `the period is at most ${maxSpanDays} days`, input: from, path: ['from'] });
    return null;
  }
  return { from: start, to: end };
}

export const analyticsQuery = z
  .object({
    ...periodFields,
    flowId: z.string().trim().min(1, 'flowId must not be empty').max(64, 'flowId is at most 64 characters').optional(),
  })
  .transform(({ flowId, ...period }, ctx) => {
    const bounded = boundedPeriod(period, ctx);
    return bounded ? { ...bounded, flowId } : z.NEVER;
  });
export type AnalyticsQuery = z.output<typeof analyticsQuery>;

export type BucketUnit = 'hour' | 'day';

export function bucketUnitFor(query: Pick<AnalyticsQuery, 'from' | 'to'>): BucketUnit {
  return query.to.getTime() - query.from.getTime() <= hourlyUpToMs ? 'hour' : 'day';
}

/** An outcome is a final status, or IN_PROGRESS while a call is live, or ENDED when it ended without a summary. */
export type Outcome = { status: string; label: string; meaning: string; count: number };

export type Analytics = {
  from: string;
  to: string;
  flowId: string | null;
  bucket: BucketUnit;
  totals: { calls: number; completed: number; inProgress: number; ended: number };
  /** Seconds, over ended sessions (ended_at − started_at); null when none ended. */
  duration: { average: number | null; percentiles: Array<{ percentile: number; seconds: number | null }> };
  mos: { average: number | null; legs: number };
  perBucket: Array<{ start: string; calls: number; completed: number }>;
  outcomes: Outcome[];
  quality: { good: number; fair: number; poor: number };
};

export const durationPercentiles = [50, 75, 90, 95, 99] as const;
