import { describe, expect, it } from 'vitest';
import { refusalOutcome, retryAfterMs, summaryOutcome } from './attempt-outcome';
import { achievedRate, estimateSecondsLeft, slotIntervalMs } from './pacing';
import { decideRetry, defaultRetryPolicy, retryPolicy } from './retry-policy';

const now = new Date('2026-11-25T10:00:00Z');

describe('summaryOutcome', () => {
  it('maps 8x8 session statuses', () => {
    expect(summaryOutcome('COMPLETED', null, false)).toBe('completed');
    expect(summaryOutcome('COMPLETED', null, true)).toBe('opted_out');
    expect(summaryOutcome('BUSY', null, false)).toBe('busy');
    expect(summaryOutcome('NO_ANSWER', null, false)).toBe('no_answer');
    expect(summaryOutcome('FAILED', null, false)).toBe('failed');
    expect(summaryOutcome('ERROR', -2005, false)).toBe('failed');
    expect(summaryOutcome('CANCELED', null, false)).toBe('failed');
  });
  it('names trunk capacity (-2010) whatever the status', () => {
    expect(summaryOutcome('ERROR', -2010, false)).toBe('capacity');
    expect(summaryOutcome('FAILED', -2010, false)).toBe('capacity');
  });
});

describe('refusalOutcome and Retry-After', () => {
  it('treats 429 and 5xx as temporary', () => {
    expect(refusalOutcome(429)).toBe('temporary_refusal');
    expect(refusalOutcome(503)).toBe('temporary_refusal');
    expect(refusalOutcome(400)).toBe('refused');
    expect(refusalOutcome(422)).toBe('refused');
  });
  it('reads seconds and HTTP dates', () => {
    expect(retryAfterMs('7', now)).toBe(7000);
    expect(retryAfterMs(new Date(now.getTime() + 3000).toUTCString(), now)).toBe(3000);
    expect(retryAfterMs('soon', now)).toBeNull();
    expect(retryAfterMs(null, now)).toBeNull();
  });
});

describe('decideRetry', () => {
  const policy = { ...defaultRetryPolicy, busy: { attempts: 3, delaySeconds: 60 } };
  it('retries after the delay until the attempt limit', () => {
    expect(decideRetry(policy, 'busy', 1, now)).toEqual({ retry: true, at: new Date(now.getTime() + 60_000) });
    expect(decideRetry(policy, 'busy', 2, now)).toEqual({ retry: true, at: new Date(now.getTime() + 60_000) });
    expect(decideRetry(policy, 'busy', 3, now)).toEqual({ retry: false });
  });
  it('never retries a final outcome', () => {
    for (const outcome of ['completed', 'opted_out', 'refused', 'no_summary'] as const) expect(decideRetry(policy, outcome, 1, now).retry).toBe(false);
  });
  it('lets a longer Retry-After win', () => {
    const decision = decideRetry(policy, 'temporary_refusal', 1, now, 120_000);
    expect(decision).toEqual({ retry: true, at: new Date(now.getTime() + 120_000) });
    expect(decideRetry(policy, 'temporary_refusal', 1, now, 1_000)).toEqual({ retry: true, at: new Date(now.getTime() + 10_000) });
  });
  it('validates a policy', () => {
    expect(retryPolicy.safeParse(defaultRetryPolicy).success).toBe(true);
    expect(retryPolicy.safeParse({ ...defaultRetryPolicy, busy: { attempts: 0, delaySeconds: 1 } }).success).toBe(false);
  });
});

describe('pacing', () => {
  it('spaces slots evenly', () => {
    expect(slotIntervalMs(20)).toBe(50);
  });
  it('measures the achieved rate over the starts', () => {
    const starts = Array.from({ length: 21 }, (_, i) => new Date(now.getTime() + i * 50));
    expect(achievedRate(starts)).toBeCloseTo(20);
    expect(achievedRate([now])).toBeNull();
    expect(achievedRate({ count: 11, first: now, last: new Date(now.getTime() + 1000) })).toBeCloseTo(10);
  });
  it('estimates the time left at the slower rate', () => {
    expect(estimateSecondsLeft(100, 20, 10)).toBe(10);
    expect(estimateSecondsLeft(100, 20, null)).toBe(5);
    expect(estimateSecondsLeft(0, 20, null)).toBe(0);
  });
});
