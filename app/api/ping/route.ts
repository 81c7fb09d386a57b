import { publicRoute } from '@/lib/http/route';
import { acceptedWebhookTokens } from '@/lib/server/settings/webhook-token';
import { authenticateWebhook } from '@/lib/server/webhooks/authenticate';

// The benchmark's ceiling: a webhook handler that does nothing but what every webhook does
// first — check the webhook token from memory — so the comparison isolates the handler's
// own work, and a stranger gets the same 401 as on the webhooks.
export const POST = publicRoute(async (request) => {
  authenticateWebhook(request, await acceptedWebhookTokens());
  return Response.json({});
});
