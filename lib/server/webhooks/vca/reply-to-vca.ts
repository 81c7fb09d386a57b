import 'server-only';
import type { VcaReply } from '@/lib/eightbyeight/callflow';
import type { VcaWebhook } from '@/lib/eightbyeight/webhooks';
import { answerActionCompleted } from './action-completed';
import { answerCallReceived } from './call-received';
import type { Timing } from './vca-outcome';

// The hot path. Every VCA is stored with its reply; a duplicate delivery gets the
// stored reply and changes nothing; an impossible state gets a spoken apology.
export function replyToVca(event: VcaWebhook, timing: Timing): Promise<VcaReply> {
  return event.payload.callStatus === 'CALL_RECEIVED' ? answerCallReceived(event, timing) : answerActionCompleted(event, timing);
}
