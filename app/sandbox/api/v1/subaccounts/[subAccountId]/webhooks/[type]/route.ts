import { sandboxAccessRefusal } from '@/lib/sandbox/sandbox-access';
import { parseWebhookType, webhookDeletedReply, webhookNotFoundReply } from '@/lib/sandbox/webhooks-api';
import { sandboxAccount } from '@/lib/server/sandbox/sandbox-account';
import { deleteSandboxWebhook } from '@/lib/server/sandbox/webhook-registry';
import { sandboxRoute } from '@/lib/server/sandbox/sandbox-route';

// The sandbox's stand-in for DELETE https://voice.8x8.com/api/v1/subaccounts/{id}/webhooks/{type}.
export const DELETE = sandboxRoute(async (request: Request, { params }: { params: Promise<{ subAccountId: string; type: string }> }) => {
  const { subAccountId, type } = await params;
  const refused = sandboxAccessRefusal(sandboxAccount(), { subAccountId, authorization: request.headers.get('authorization') });
  if (refused) return json(refused);
  const known = parseWebhookType(type);
  const deleted = known && (await deleteSandboxWebhook(known));
  return json(deleted ? webhookDeletedReply(subAccountId, deleted) : webhookNotFoundReply(type));
});

const json = (reply: { httpStatus: number; body: unknown }) => Response.json(reply.body, { status: reply.httpStatus });
