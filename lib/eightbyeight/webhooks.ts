import { z } from 'zod';
import { parseReadable } from '@/lib/http/readable-parse';
import { count, id, int32, legKey, party, status, storedText, storedTextLimits, text, timestamp } from './webhook-fields';

// The webhooks 8x8 POSTs to us. Every object is loose because 8x8 adds fields over
// time and an unknown key must never make us drop a live call. Only what the runner
// cannot work without is required; the rest is typed but optional and nullable, and
// bounded by where it is stored (webhook-fields.ts says which bound each kind gets).

export const callDirection = z.enum(['INBOUND', 'OUTBOUND']);
export type CallDirection = z.infer<typeof callDirection>;

/** Fields shared by the call-leg payloads (VCA and VCS). */
export const callPayload = z.looseObject({
  eventId: id,
  sessionId: id,
  // ACTION_COMPLETED or CALL_RECEIVED today; older docs show DTMF_RECEIVED, so any string —
  // of a length a status has (it travels in the live view's NOTIFY payload).
  callStatus: z.string().min(1).max(64, 'at most 64 characters'),
  callId: id.nullish(),
  subAccountId: text,
  callDirection: callDirection.nullish(),
  callType: text,
  source: party,
  destination: party,
  sourceFormat: text,
  destinationFormat: text,
  sourceCountryCode: text,
  destinationCountryCode: text,
  sourceRefId: text,
  destinationRefId: text,
  callDuration: count,
  sipCode: int32,
  timestamp,
});
export type CallPayload = z.infer<typeof callPayload>;

export const vcaPayload = callPayload.extend({
  // May also carry other captures (e.g. asrCaptured), hence loose.
  eventData: z.looseObject({ dtmf: text }).nullish(),
  // The flat shape 8x8's own sample IVR backend reads.
  dtmf: text,
  clientActionId: text,
});
export type VcaPayload = z.infer<typeof vcaPayload>;

export const callQuality = z.looseObject({ mos: count, packetLossRate: count, jitter: count });
export type CallQuality = z.infer<typeof callQuality>;

export const sessionLeg = z.looseObject({
  callId: id,
  callDirection: callDirection.nullish(),
  callType: text,
  initiatedTimestamp: timestamp,
  connectedTimestamp: timestamp,
  disconnectedTimestamp: timestamp,
  source: party,
  destination: party,
  sourceFormat: text,
  destinationFormat: text,
  sourceCountryCode: text,
  destinationCountryCode: text,
  sourceRefId: text,
  destinationRefId: text,
  callStatus: status,
  callDuration: count,
  callQuality: callQuality.nullish(),
});
export type SessionLeg = z.infer<typeof sessionLeg>;

export const vssPayload = z.looseObject({
  sessionId: id,
  // COMPLETED, BUSY, NO_ANSWER, FAILED, CANCELED or ERROR (see status-codes.ts); any string accepted.
  sessionStatus: status,
  subAccountId: text,
  startTime: timestamp,
  endTime: timestamp,
  lastAction: status,
  callCount: int32,
  clientRequestId: party,
  errorDetails: z.looseObject({ errorMsg: text, errorCode: int32 }).nullish(),
  // Keyed callA, callB, … in the order the legs were placed; absent reads as no legs.
  details: z
    .record(legKey, sessionLeg)
    .nullish()
    .transform((legs) => legs ?? {}),
});
export type VssPayload = z.infer<typeof vssPayload>;

/** Just enough of any 8x8 voice webhook to tell which endpoint it belongs to. */
export const webhookEnvelope = z.looseObject({
  namespace: z.literal('VOICE'),
  // Short like a status: a refusal names it, and a refusal must stay short.
  eventType: z.string().min(1).max(64, 'at most 64 characters'),
  description: text,
  payload: z.looseObject({}),
});
export type WebhookEnvelope = z.infer<typeof webhookEnvelope>;

export const vcaWebhook = webhookEnvelope.extend({ eventType: z.literal('CALL_ACTION'), payload: vcaPayload });
export type VcaWebhook = z.infer<typeof vcaWebhook>;

export const vcsWebhook = webhookEnvelope.extend({ eventType: z.literal('CALL_STATUS'), payload: callPayload });
export type VcsWebhook = z.infer<typeof vcsWebhook>;

export const vssWebhook = webhookEnvelope.extend({
  eventType: z.literal('SESSION_SUMMARY'),
  version: int32,
  payload: vssPayload,
});
export type VssWebhook = z.infer<typeof vssWebhook>;

export const webhookKind = z.enum(['vca', 'vcs', 'vss']);
export type WebhookKind = z.infer<typeof webhookKind>;
export type WebhookEvent = VcaWebhook | VcsWebhook | VssWebhook;
export type WebhookParseResult<E extends WebhookEvent> = { ok: true; event: E } | { ok: false; message: string };

const eventTypeOf = {
  vca: 'CALL_ACTION',
  vcs: 'CALL_STATUS',
  vss: 'SESSION_SUMMARY',
} as const satisfies Record<WebhookKind, string>;

/**
 * Parses a webhook body for the endpoint `kind`. A well-formed event of another type
 * is refused with a message naming the endpoint it belongs to, since that is almost
 * always a webhook URL registered under the wrong type in 8x8.
 */
export function parseWebhook(kind: 'vca', body: unknown): WebhookParseResult<VcaWebhook>;
export function parseWebhook(kind: 'vcs', body: unknown): WebhookParseResult<VcsWebhook>;
export function parseWebhook(kind: 'vss', body: unknown): WebhookParseResult<VssWebhook>;
export function parseWebhook(kind: WebhookKind, body: unknown): WebhookParseResult<WebhookEvent>;
export function parseWebhook(kind: WebhookKind, body: unknown): WebhookParseResult<WebhookEvent> {
  const head = parseReadable(webhookEnvelope, body);
  if (!head.ok) return head;
  const mismatch = endpointMismatch(kind, head.data.eventType);
  if (mismatch) return { ok: false, message: mismatch };
  const parsed = parseReadable(schemaFor(kind), body);
  return parsed.ok ? { ok: true, event: parsed.data } : parsed;
}

function schemaFor(kind: WebhookKind) {
  if (kind === 'vca') return vcaWebhook;
  if (kind === 'vcs') return vcsWebhook;
  return vssWebhook;
}

function endpointMismatch(kind: WebhookKind, eventType: string): string | null {
  const expected = eventTypeOf[kind];
  if (eventType === expected) return null;
  const owner = webhookKind.options.find((k) => eventTypeOf[k] === eventType);
  const endpoint = kind.toUpperCase();
  if (owner) return `eventType ${eventType} belongs to the ${owner.toUpperCase()} endpoint, not ${endpoint}`;
  return `eventType ${eventType} is not handled by the ${endpoint} endpoint (expected ${expected})`;
}

/**
 * The captured digits, from either shape 8x8 uses; null when nothing was pressed. Cut to
 * what the columns keep (8x8 captures at most 25), so the flow acts on the digits stored.
 */
export function digitsOf(payload: VcaPayload): string | null {
  return storedText(nonEmpty(payload.eventData?.dtmf) ?? nonEmpty(payload.dtmf), storedTextLimits.digits);
}

function nonEmpty(value: string | null | undefined): string | null {
  return value === undefined || value === null || value === '' ? null : value;
}
