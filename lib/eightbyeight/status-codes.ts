// Meanings of 8x8's numeric codes, worded as in the 8x8 contract (../shared/8x8/README.md),
// so the UI shows what went wrong rather than a bare number.

/** Send Callflow `statusCode` values. */
export const callflowStatusCodes: ReadonlyMap<number, string> = new Map([
  [1, 'Created'],
  [-1001, 'invalid JSON body'],
  [-1002, 'speech profile or language invalid'],
  [-1003, 'valid maxDigits required when minDigits provided'],
  [-1004, 'DTMF callback url not provided'],
  [-1005, 'valid overallTimeout required when digitTimeout provided'],
  [-1006, 'overallTimeout must exceed digitTimeout'],
  [-1007, 'invalid action type'],
  [-1008, 'valid maxDigits required when completeOnHash is false'],
  [-1009, 'invalid call flow entry (names the JSON path)'],
  [-1010, 'too many actions'],
  [-1011, 'multiple destination numbers'],
  [-1012, 'incorrect use of hangup'],
  [-1013, 'first action must be makeCall'],
  [-1014, 'source / caller ID not allowed'],
  [-1015, 'validity period expired'],
  [-1016, 'invalid special characters'],
  [-1017, 'invalid MSISDN in destination'],
  [-9999, 'unknown'],
]);

// On 401/404/500 8x8 echoes the HTTP status as `statusCode` (OpenAPI examples and
// fixtures), outside the documented list above.
const httpEchoes: ReadonlyMap<number, string> = new Map([
  [401, 'authentication header not found or API key invalid'],
  [403, 'resource not accessible with this API key'],
  [404, 'subaccount or resource not found'],
  [500, '8x8 internal server error'],
]);

/** VSS `errorDetails.errorCode` values. */
export const sessionErrorCodes: ReadonlyMap<number, string> = new Map([
  [-2001, 'internal error'],
  [-2002, 'internal connectivity error'],
  [-2003, 'invalid call flow'],
  [-2004, 'no coverage for the area'],
  [-2005, 'text-to-speech failed'],
  [-2006, 'file download for playback failed'],
  [-2007, 'call flow validity expired'],
  [-2008, 'source / caller ID not whitelisted'],
  [-2009, 'invalid scenario parameters'],
  [-2010, 'trunk capacity exceeded'],
  [-9999, 'unknown'],
]);

export function callflowStatusMeaning(code: number): string {
  return callflowStatusCodes.get(code) ?? httpEchoes.get(code) ?? `unrecognised status code ${code}`;
}

export function sessionErrorMeaning(code: number): string {
  return sessionErrorCodes.get(code) ?? `unrecognised session error code ${code}`;
}

/** VSS `sessionStatus` values, explained for people reading a call log. */
export const sessionStatuses = {
  COMPLETED: 'The call flow ran and the call ended normally.',
  BUSY: 'The number called was busy.',
  NO_ANSWER: 'The number called did not answer.',
  FAILED: 'The call could not be placed or connected.',
  CANCELED: 'The session was cancelled before the call connected.',
  ERROR: '8x8 hit an error running the call flow; see the error code for why.',
} as const satisfies Record<string, string>;

export type SessionStatus = keyof typeof sessionStatuses;

export function isSessionStatus(status: string): status is SessionStatus {
  return Object.hasOwn(sessionStatuses, status);
}

export function sessionStatusMeaning(status: string): string {
  return isSessionStatus(status) ? sessionStatuses[status] : `Session ended with status ${status}.`;
}

export type QualityLabel = 'good' | 'fair' | 'poor';

/**
 * Labels a leg's MOS (1–5). The thresholds are ours, not 8x8's: the ITU-T G.107
 * E-model bands, where MOS ≥ 4.0 (R ≥ 80) satisfies users and MOS ≥ 3.6 (R ≥ 70)
 * leaves some dissatisfied; below that many are.
 */
export function qualityLabel(mos: number): QualityLabel {
  if (mos >= qualityThresholds.good) return 'good';
  if (mos >= qualityThresholds.fair) return 'fair';
  return 'poor';
}

/** The lowest MOS of each label (analytics counts legs per label in SQL with these). */
export const qualityThresholds = { good: 4.0, fair: 3.6 } as const;
