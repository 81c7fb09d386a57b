import { z } from 'zod';

// What /api/live/stream sends: the server builds these, the live page parses them.

export const liveCall = z.object({
  id: z.string(),
  flowId: z.string().nullable(),
  flowName: z.string().nullable(),
  flowVersion: z.number().int().nullable(),
  direction: z.enum(['INBOUND', 'OUTBOUND']),
  /** The person in the IVR: the caller inbound, the callee outbound. */
  caller: z.string().nullable(),
  /** Our side: the dialed number inbound, the caller id outbound. */
  dialed: z.string().nullable(),
  status: z.string(),
  currentNodeId: z.string().nullable(),
  startedAt: z.iso.datetime(),
  endedAt: z.iso.datetime().nullable(),
  finalStatus: z.string().nullable(),
});
export type LiveCall = z.infer<typeof liveCall>;

export const liveSnapshot = z.object({ calls: z.array(liveCall) });
