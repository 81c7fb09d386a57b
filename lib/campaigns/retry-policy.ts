import { z } from 'zod';
import type { AttemptOutcome } from './attempt-outcome';

// How often, and after how long, a contact is tried again after each outcome that allows it.

const rule = z.object({
  /** Attempts in all for a contact whose tries end this way (1: never again). */
  attempts: z.number().int().min(1).max(10),
  delaySeconds: z.number().int().min(0).max(7 * 24 * 3600),
});
export type RetryRule = z.infer<typeof rule>;

export const retryPolicy = z.object({ busy: rule, noAnswer: rule, failed: rule, capacity: rule, temporaryRefusal: rule });
export type RetryPolicy = z.infer<typeof retryPolicy>;

export const defaultRetryPolicy: RetryPolicy = {
  busy: { attempts: 3, delaySeconds: 600 },
  noAnswer: { attempts: 3, delaySeconds: 1800 },
  failed: { attempts: 1, delaySeconds: 0 },
  capacity: { attempts: 5, delaySeconds: 30 },
  temporaryRefusal: { attempts: 5, delaySeconds: 10 },
};

const ruleOf: Partial<Record<AttemptOutcome, keyof RetryPolicy>> = {
  busy: 'busy',
  no_answer: 'noAnswer',
  failed: 'failed',
  capacity: 'capacity',
  temporary_refusal: 'temporaryRefusal',
};

export type RetryDecision = { retry: true; at: Date } | { retry: false };

/**
 * After attempt number `attemptNo` (1-based) ended with `outcome`: try again, and when. A
 * Retry-After longer than the rule's delay wins. Outcomes without a rule are final (answered,
 * opted out, refused for good, no summary: a call that may have happened is never repeated).
 */
export function decideRetry(policy: RetryPolicy, outcome: AttemptOutcome, attemptNo: number, now: Date, retryAfterMs: number | null = null): RetryDecision {
  const key = ruleOf[outcome];
  if (!key) return { retry: false };
  const { attempts, delaySeconds } = policy[key];
  if (attemptNo >= attempts) return { retry: false };
  const delayMs = Math.max(delaySeconds * 1000, retryAfterMs ?? 0);
  return { retry: true, at: new Date(now.getTime() + delayMs) };
}
