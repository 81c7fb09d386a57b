import { z } from 'zod';

// The call history's filters and sort, shared by the API, the CSV export and the history page.

export const callStatusFilters = ['live', 'COMPLETED', 'BUSY', 'NO_ANSWER', 'FAILED', 'CANCELED', 'ERROR', 'NOT_CREATED'] as const;

/** The filters shared by the call list and the CSV export. */
export const callFilterQuery = z.object({
  flowId: z.string().optional(),
  /** A published version number of the flow (with flowId, one version of one flow). */
  version: z.coerce.number().int('version must be a whole number').min(1, 'version starts at 1').optional(),
  /** A final status (8x8's, or NOT_CREATED for a refused launch), or "live" for calls in progress. */
  status: z
    .string()
    .transform((v) => (v.toLowerCase() === 'live' ? 'live' : v.toUpperCase()))
    .pipe(z.enum(callStatusFilters, { error: `status must be one of: ${callStatusFilters.join(', ')}` }))
    .optional(),
  direction: z.enum(['INBOUND', 'OUTBOUND'], { error: 'direction must be INBOUND or OUTBOUND' }).optional(),
  from: z.coerce.date({ error: 'from must be a date, e.g. 2026-11-01' }).optional(),
  to: z.coerce.date({ error: 'to must be a date, e.g. 2026-11-30' }).optional(),
  /**
   * The start or the end of the caller's or dialed number: a full number, a country or
   * area code, or the last digits. Spaces, dashes, dots, brackets and a leading + are ignored.
   */
  number: z
    .string()
    .transform((v) => v.replace(/[\s().-]/g, '').replace(/^\+/, ''))
    .refine((v) => /^\d{0,15}$/.test(v), 'number must be digits (at most 15, a leading + is fine), e.g. +6591234567 or 4567')
    .transform((v) => v || undefined)
    .optional(),
  /** 8x8's error code (VSS errorDetails or a refused Send Callflow), e.g. -2003. */
  errorCode: z.coerce.number().int('errorCode must be a whole number, e.g. -2003').optional(),
});
export type CallFilter = z.infer<typeof callFilterQuery>;

export const callSortKeys = ['startedAt', 'endedAt', 'duration', 'caller', 'dialed', 'status'] as const;
export type CallSortKey = (typeof callSortKeys)[number];

export const callSortQuery = z.object({
  sort: z.enum(callSortKeys, { error: `sort must be one of: ${callSortKeys.join(', ')}` }).default('startedAt'),
  order: z.enum(['asc', 'desc'], { error: 'order must be asc or desc' }).default('desc'),
});
export type CallSort = z.infer<typeof callSortQuery>;
