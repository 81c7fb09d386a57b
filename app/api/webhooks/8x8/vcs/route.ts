import { publicRoute } from '@/lib/http/route';
import { receiveWebhook } from '@/lib/server/webhooks/receive-webhook';
import { recordVcs } from '@/lib/server/webhooks/record-vcs';

// Voice Call Status: progress of a call leg; 8x8 expects no body.
export const POST = publicRoute(async (request) => {
  await receiveWebhook(request, 'vcs', (event, t) => recordVcs(event, t.receivedAt, t.startedMs));
  return Response.json({ received: true });
});
