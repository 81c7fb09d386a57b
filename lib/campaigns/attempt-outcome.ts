// What an attempt came to, from 8x8's answer to Send Callflow or from its session summary.

export const attemptOutcomes = ['completed', 'opted_out', 'busy', 'no_answer', 'failed', 'capacity', 'temporary_refusal', 'refused', 'no_summary'] as const;
export type AttemptOutcome = (typeof attemptOutcomes)[number];

export const outcomeLabels: Record<AttemptOutcome, string> = {
  completed: 'Completed',
  opted_out: 'Opted out',
  busy: 'Busy',
  no_answer: 'No answer',
  failed: 'Failed',
  capacity: 'Trunk capacity exceeded (-2010)',
  temporary_refusal: 'Refused for now (429 or 5xx)',
  refused: 'Refused by 8x8',
  no_summary: 'No session summary arrived',
};

/** 8x8's session error for "trunk capacity exceeded". */
export const trunkCapacityExceeded = -2010;

/** The outcome of a session from its summary (VSS sessionStatus and errorCode). */
export function summaryOutcome(sessionStatus: string | null, errorCode: number | null, optedOut: boolean): AttemptOutcome {
  if (errorCode === trunkCapacityExceeded) return 'capacity';
  switch (sessionStatus) {
    case 'COMPLETED':
      return optedOut ? 'opted_out' : 'completed';
    case 'BUSY':
      return 'busy';
    case 'NO_ANSWER':
      return 'no_answer';
    default:
      return 'failed';
  }
}

/** Send Callflow refused: 429 and 5xx are worth another try (the "temporary"), the rest are not. */
export function refusalOutcome(httpStatus: number): AttemptOutcome {
  return httpStatus === 429 || httpStatus >= 500 ? 'temporary_refusal' : 'refused';
}

/** Retry-After as 8x8 may send it (seconds or an HTTP date), in milliseconds from `now`; null when absent or unreadable. */
export function retryAfterMs(header: string | null | undefined, now: Date): number | null {
  if (!header) return null;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, at - now.getTime());
}
