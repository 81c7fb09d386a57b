import { z } from 'zod';
import { decodeClientActionId } from '@/lib/flow/client-action-id';

// What the sandbox streams about a call (GET /sandbox/api/calls/{id}/events).
export const transcriptEntry = z.looseObject({
  at: z.string(),
  kind: z.string(),
  text: z.string().nullish(),
  fileUrl: z.string().nullish(),
  digits: z.string().nullish(),
  webhookType: z.string().nullish(),
  url: z.string().nullish(),
  httpStatus: z.number().nullish(),
  status: z.string().nullish(),
  error: z.string().nullish(),
  clientActionId: z.string().nullish(),
  reply: z.looseObject({ clientActionId: z.string().nullish() }).nullish(),
});
export type TranscriptEntry = z.infer<typeof transcriptEntry>;

/** The step a reply leaves the call waiting at, from its clientActionId. */
export function waitingNodeOf(entry: TranscriptEntry): string | null {
  if (entry.kind !== 'reply') return null;
  return decodeClientActionId(entry.reply?.clientActionId ?? entry.clientActionId)?.nodeId ?? null;
}

/** One line a person reads in the phone's transcript; null for plumbing they need not see. */
export function describeEntry(entry: TranscriptEntry): { who: 'ivr' | 'you' | 'system'; text: string } | null {
  switch (entry.kind) {
    case 'say':
    case 'prompt':
      return { who: 'ivr', text: entry.text ?? '' };
    case 'play':
      return { who: 'ivr', text: `♪ plays ${entry.fileUrl ?? 'a recording'}` };
    case 'digits':
      return { who: 'you', text: `pressed ${entry.digits ?? ''}` };
    case 'no-input':
      return { who: 'system', text: 'no key pressed' };
    case 'invalid-input':
      return { who: 'system', text: `not accepted: ${entry.digits ?? ''}` };
    case 'transfer':
      return { who: 'system', text: `transferring${entry.text ? `: ${entry.text}` : ''}` };
    case 'bridge-ended':
      return { who: 'system', text: 'the transferred call ended' };
    case 'hangup':
      return { who: 'system', text: 'the IVR hung up' };
    case 'status':
      return entry.status ? { who: 'system', text: entry.status.toLowerCase().replace(/_/g, ' ') } : null;
    case 'error':
      return { who: 'system', text: `error: ${entry.error ?? entry.text ?? 'unknown'}` };
    case 'ended':
      return { who: 'system', text: `call ended${entry.status ? ` (${entry.status})` : ''}` };
    default:
      return null;
  }
}

/** Whether the entry should be read aloud with the browser's speech synthesis. */
export const isSpoken = (entry: TranscriptEntry) => (entry.kind === 'say' || entry.kind === 'prompt') && Boolean(entry.text);
