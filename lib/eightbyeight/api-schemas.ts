import { z } from 'zod';

// Bodies of the 8x8 Voice API. Responses are loose so that fields 8x8 adds pass through.

const text = z.string().nullish();

// The OpenAPI file shows statusCode as a numeric string on some 422 bodies.
const statusCode = z.union([z.number(), z.string().regex(/^-?\d+$/).transform(Number)]);

export const callflowCreated = z.looseObject({
  sessionId: z.string().min(1),
  sessionStatus: z.literal('CREATED'),
  callFlowRequestId: z.string(),
  statusCode,
  statusMessage: z.string(),
  validUntil: text,
});
export type CallflowCreated = z.infer<typeof callflowCreated>;

export const callflowNotCreated = z.looseObject({
  sessionStatus: z.literal('NOT_CREATED'),
  callFlowRequestId: text,
  statusCode,
  statusMessage: text,
});
export type CallflowNotCreated = z.infer<typeof callflowNotCreated>;

export const callflowResponse = z.discriminatedUnion('sessionStatus', [callflowCreated, callflowNotCreated]);

export const webhookType = z.enum(['VCA', 'VSS', 'VCS', 'VRU', 'VNU']);
export type WebhookType = z.infer<typeof webhookType>;

/** POST .../webhooks; 8x8 sends `httpAuthHeader` back as `Authorization` on each delivery. */
export const registerWebhookRequest = z.object({
  type: webhookType,
  url: z.url({ protocol: /^https?$/ }),
  enabled: z.boolean().optional(),
  httpAuthHeader: z.string().optional(),
});
export type RegisterWebhookRequest = z.infer<typeof registerWebhookRequest>;

export const registeredWebhook = z.looseObject({
  // A string rather than webhookType: a new type from 8x8 must not break the listing.
  type: z.string(),
  url: z.string(),
  enabled: z.boolean().nullish(),
  httpAuthHeaderAvailable: z.boolean().nullish(),
});
export type RegisteredWebhook = z.infer<typeof registeredWebhook>;

/** GET and POST .../webhooks both answer with the subaccount's full list. */
export const webhookList = z.looseObject({
  subAccountId: text,
  count: z.number().nullish(),
  webhooks: z.array(registeredWebhook),
});
export type WebhookList = z.infer<typeof webhookList>;

/** DELETE .../webhooks/{type} answers with the removed webhook, flattened. */
export const deletedWebhook = z.looseObject({
  type: text,
  url: text,
  statusCode: statusCode.nullish(),
  statusMessage: text,
});
export type DeletedWebhook = z.infer<typeof deletedWebhook>;

export const speechProfile = z.looseObject({
  speechProfileCode: z.string(),
  localeCode: text,
  localeDescription: text,
  gender: text,
});
export type SpeechProfile = z.infer<typeof speechProfile>;

export const speechProfileList = z.looseObject({ speechProfiles: z.array(speechProfile) });

export const virtualNumber = z.looseObject({
  msisdn: z.string(),
  countryCode: text,
  operationalStatus: text,
  referenceId: text,
  numberType: text,
});
export type VirtualNumber = z.infer<typeof virtualNumber>;

export const virtualNumberList = z.looseObject({
  totalNumbers: z.number().nullish(),
  // The OpenAPI file marks nothing required; a subaccount without numbers may omit it.
  numbers: z.array(virtualNumber).default([]),
});

/** Any error body's explanation, when it has one. */
export const errorBody = z.looseObject({ statusMessage: z.string() });
