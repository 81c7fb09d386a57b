import { z } from 'zod';
import { isE164, normalizePhoneNumber } from '@/lib/phone-number';
import { outcomes } from './engine/types';

// The sandbox's control API (ours, not 8x8's): place calls, script the far end,
// press keys, hang up. Shared by the routes and the browser phone.

const phone = (what: string) =>
  z.string().refine(isE164, `${what} must be a phone number in E.164 format, e.g. +6591234567`).transform(normalizePhoneNumber);

const entry = z.string().regex(/^[0-9*#]*$/, 'each entry is keys 0-9, * and #').max(64).nullable();
export const scriptedDigits = z.array(entry).max(100);
export const outcome = z.enum(outcomes);
/** Multiplies SANDBOX_SPEED for one call: 0.02 plays it fifty times faster. */
export const callSpeed = z.number().positive().max(100);

export const partySpec = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('interactive') }),
  z.object({ mode: z.literal('scripted'), digits: scriptedDigits }),
]);

export const placeCallInput = z.object({
  direction: z.literal('inbound'),
  from: phone('from'),
  to: phone('to'),
  party: partySpec.optional(),
  outcome: outcome.optional(),
  speed: callSpeed.optional(),
});
export type PlaceCallInput = z.infer<typeof placeCallInput>;

export const registerPartyInput = z.object({
  number: phone('number'),
  mode: z.enum(['interactive', 'scripted']),
  digits: scriptedDigits.optional(),
  outcome: outcome.optional(),
  speed: callSpeed.optional(),
});
export type RegisterPartyInput = z.infer<typeof registerPartyInput>;

export const pressDigitsInput = z.object({
  digits: z.string().min(1, 'digits is empty').max(64).regex(/^[0-9*#]+$/, 'digits may hold only 0-9, * and #'),
});

export const scriptedCallInput = z
  .object({
    to: phone('to').optional(),
    flowId: z.string().min(1).optional(),
    from: phone('from').optional(),
    digits: scriptedDigits,
    outcome: outcome.optional(),
    speed: callSpeed.optional(),
  })
  .refine((v) => (v.to === undefined) !== (v.flowId === undefined), 'give either to (an inbound call) or flowId (an outbound callback)');
export type ScriptedCallInput = z.infer<typeof scriptedCallInput>;
