import { errorResponse } from '@/lib/http/app-error';
import { readBodyText } from '@/lib/http/body-limit';
import { sandboxAccessRefusal } from '@/lib/sandbox/sandbox-access';
import { parseRegisterWebhook, toStoredWebhook, webhookListReply } from '@/lib/sandbox/webhooks-api';
import { appBaseUrl, sandboxAccount } from '@/lib/server/sandbox/sandbox-account';
import { listSandboxWebhooks, registerSandboxWebhook } from '@/lib/server/sandbox/webhook-registry';
import { sandboxRoute } from '@/lib/server/sandbox/sandbox-route';

// The sandbox's stand-in for GET|POST https://voice.8x8.com/api/v1/subaccounts/{id}/webhooks.
type Context = { params: Promise<{ subAccountId: string }> };

const refusal = async (request: Request, { params }: Context) =>
  sandboxAccessRefusal(sandboxAccount(), { subAccountId: (await params).subAccountId, authorization: request.headers.get('authorization') });

export const GET = sandboxRoute(async (request: Request, context: Context) => {
  const refused = await refusal(request, context);
  if (refused) return json(refused);
  return json(webhookListReply((await context.params).subAccountId, await listSandboxWebhooks()));
});

export const POST = sandboxRoute(async (request: Request, context: Context) => {
  const refused = await refusal(request, context);
  if (refused) return json(refused);
  let text: string;
  try {
    text = await readBodyText(request); // 413 past 1 MiB, like every body the app reads
  } catch (error) {
    return errorResponse(error);
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined; // answered as 8x8's "Invalid JSON request body"
  }
  const parsed = parseRegisterWebhook(body, appBaseUrl());
  if (!parsed.ok) return json(parsed.reply);
  await registerSandboxWebhook(toStoredWebhook(parsed.request));
  return json(webhookListReply((await context.params).subAccountId, await listSandboxWebhooks()));
});

const json = (reply: { httpStatus: number; body: unknown }) => Response.json(reply.body, { status: reply.httpStatus });
