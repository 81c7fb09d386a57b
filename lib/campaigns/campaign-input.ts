import { z } from 'zod';
import { isE164, normalizePhoneNumber } from '@/lib/phone-number';
import { callingHours, defaultCallingHours } from './calling-hours';
import { defaultRetryPolicy, retryPolicy } from './retry-policy';

export const campaignStatuses = ['DRAFT', 'RUNNING', 'PAUSED', 'CANCELLED', 'DONE'] as const;
export type CampaignStatus = (typeof campaignStatuses)[number];

export const contactStates = ['WAITING', 'OUTSIDE_HOURS', 'DIALING', 'COMPLETED', 'OPTED_OUT', 'BUSY', 'NO_ANSWER', 'FAILED', 'REFUSED', 'NO_SUMMARY', 'DO_NOT_CALL', 'CANCELLED', 'EXPIRED'] as const;
export type ContactState = (typeof contactStates)[number];
export const pendingStates: readonly ContactState[] = ['WAITING', 'OUTSIDE_HOURS', 'DIALING'];

export const contactStateLabels: Record<ContactState, string> = {
  WAITING: 'Waiting',
  OUTSIDE_HOURS: 'Outside calling hours',
  DIALING: 'Dialing or in call',
  COMPLETED: 'Completed',
  OPTED_OUT: 'Opted out',
  BUSY: 'Busy',
  NO_ANSWER: 'No answer',
  FAILED: 'Failed',
  REFUSED: 'Refused by 8x8',
  NO_SUMMARY: 'No summary (timed out)',
  DO_NOT_CALL: 'Skipped: do not call',
  CANCELLED: 'Cancelled',
  EXPIRED: 'Campaign ended first',
};

const time = z.coerce.date({ error: 'a time must be an ISO date and time, e.g. 2026-12-01T09:00:00Z' });

export const createCampaignInput = z
  .strictObject({
    name: z.string().trim().min(1, 'name is required').max(120),
    flowId: z.string().min(1, 'flowId is required'),
    callerId: z.string().refine(isE164, 'callerId must be one of the account’s numbers, in E.164').transform(normalizePhoneNumber),
    startAt: time.optional(),
    endAt: time,
    hours: callingHours.default(defaultCallingHours),
    callsPerSecond: z.number().positive().max(100, 'at most 100 calls per second'),
    maxConcurrent: z.number().int().min(1).max(10_000),
    retryPolicy: retryPolicy.default(defaultRetryPolicy),
  })
  .refine((c) => !c.startAt || c.startAt < c.endAt, { path: ['endAt'], message: 'the end must come after the start' });
export type CreateCampaignInput = z.infer<typeof createCampaignInput>;

export const campaignAction = z.enum(['run', 'pause', 'resume', 'cancel']);
export type CampaignAction = z.infer<typeof campaignAction>;
