import { apologyReply } from '@/lib/flow/apology';
import { publicRoute } from '@/lib/http/route';
import { receiveWebhook } from '@/lib/server/webhooks/receive-webhook';
import { replyToVca } from '@/lib/server/webhooks/vca/reply-to-vca';

// Voice Call Action: the response body is the caller's next callflow.
export const POST = publicRoute(async (request) => {
  const reply = await receiveWebhook(request, 'vca', (event, timing) =>
    replyToVca(event, timing).catch((error: unknown) => {
      // Whatever broke, the caller hears a goodbye rather than silence.
      console.error('[vca] failed to answer', event.payload.eventId, error);
      return apologyReply();
    }),
  );
  return Response.json(reply);
});
