import 'server-only';
import type { VcaReply } from '@/lib/eightbyeight/callflow';
import type { VcaWebhook } from '@/lib/eightbyeight/webhooks';
import { env } from '@/lib/env';
import { isDatabaseUnavailable, withDeadline } from '@/lib/server/outage/database-unavailable';
import { refreshRoutesInBackground } from '@/lib/server/outage/route-memory';
import { webhookJournal } from '@/lib/server/outage/webhook-journal';
import { answerActionCompleted } from './action-completed';
import { answerFromMemory } from './answer-from-memory';
import { answerCallReceived } from './call-received';
import type { Timing } from './vca-outcome';

// The hot path. Every VCA is stored with its reply; a duplicate delivery gets the
// stored reply and changes nothing; an impossible state gets a spoken apology. When the
// database is unavailable — or events from an outage still wait to be replayed, which
// this one must not overtake — the reply comes from memory and the event is journaled.
export async function replyToVca(event: VcaWebhook, timing: Timing): Promise<VcaReply> {
  refreshRoutesInBackground();
  if (webhookJournal().active) return answerFromMemory(event, timing);
  const answer = event.payload.callStatus === 'CALL_RECEIVED' ? answerCallReceived(event, timing) : answerActionCompleted(event, timing);
  try {
    return await withDeadline(answer, env().WEBHOOK_DB_DEADLINE_MS);
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    console.warn(`[outage] database unavailable (${error instanceof Error ? error.message : String(error)}); answering ${event.payload.eventId} from memory`);
    return answerFromMemory(event, timing);
  }
}
