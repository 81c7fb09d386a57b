import { z } from 'zod';

// The callflow actions 8x8 runs, as the product emits them (Send Callflow bodies
// and VCA replies). Optional params are omitted rather than sent as defaults so a
// reply carries exactly what the flow's author set.

export const makeCallAction = z.object({
  action: z.literal('makeCall'),
  params: z.object({
    source: z.string(),
    destination: z.string(),
    callRecording: z.boolean().optional(),
  }),
});

export const sayAction = z.object({
  action: z.literal('say'),
  params: z.object({
    text: z.string(),
    voiceProfile: z.string(),
    repetition: z.number().int().optional(),
    speed: z.number().optional(),
  }),
});

export const sayAndCaptureAction = z.object({
  action: z.literal('sayAndCapture'),
  params: z.object({
    promptMessage: z.string(),
    voiceProfile: z.string(),
    repetition: z.number().int().optional(),
    speed: z.number().optional(),
    minDigits: z.number().int().optional(),
    maxDigits: z.number().int().optional(),
    digitTimeout: z.number().int().optional(),
    overallTimeout: z.number().int().optional(),
    completeOnHash: z.boolean().optional(),
    noOfTries: z.number().int().optional(),
    successMessage: z.string().nullable().optional(),
    failureMessage: z.string().nullable().optional(),
  }),
});

export const playFileAction = z.object({
  action: z.literal('playFile'),
  params: z.object({ fileUrl: z.string(), repetition: z.number().int().optional() }),
});

export const hangupAction = z.object({ action: z.literal('hangup') });

export const callflowAction = z.discriminatedUnion('action', [
  makeCallAction,
  sayAction,
  sayAndCaptureAction,
  playFileAction,
  hangupAction,
]);

export type CallflowAction = z.infer<typeof callflowAction>;
export type MakeCallAction = z.infer<typeof makeCallAction>;
export type SayAction = z.infer<typeof sayAction>;
export type SayAndCaptureAction = z.infer<typeof sayAndCaptureAction>;
export type PlayFileAction = z.infer<typeof playFileAction>;

/** The body of a reply to a Voice Call Action webhook. */
export const vcaReply = z.object({
  clientActionId: z.string().optional(),
  callflow: z.array(callflowAction),
});
export type VcaReply = z.infer<typeof vcaReply>;

/** The body of a Send Callflow request. */
export const sendCallflowRequest = z.object({
  callflow: z.array(callflowAction).min(1),
  validUntil: z.string().optional(),
  clientRequestId: z.string().optional(),
});
export type SendCallflowRequest = z.infer<typeof sendCallflowRequest>;
