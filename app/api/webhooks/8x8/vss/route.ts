import { publicRoute } from '@/lib/http/route';
import { receiveWebhook } from '@/lib/server/webhooks/receive-webhook';
import { recordVss } from '@/lib/server/webhooks/record-vss';

// Voice Session Summary: once per session, after it ends.
export const POST = publicRoute(async (request) => {
  await receiveWebhook(request, 'vss', (event, t) => recordVss(event, t.receivedAt, t.startedMs));
  return Response.json({ received: true });
});
