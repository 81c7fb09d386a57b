import { route } from '@/lib/http/route';
import { receiveWebhook } from '@/lib/server/webhooks/receive-webhook';
import { recordVss } from '@/lib/server/webhooks/record-vss';

// Voice Session Summary: once per session, after it ends.
export const POST = route(async (request) => {
  await receiveWebhook(request, 'vss', (event, t) => recordVss(event, t.receivedAt, t.startedMs));
  return Response.json({ received: true });
});
