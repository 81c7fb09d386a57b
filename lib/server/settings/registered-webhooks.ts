import 'server-only';
import type { RegisteredWebhook, WebhookType } from '@/lib/eightbyeight/api-schemas';
import { VoiceApiError } from '@/lib/eightbyeight/client';
import { describeVoiceFailure } from '@/lib/eightbyeight/describe-failure';
import { AppError } from '@/lib/http/app-error';
import { recordAudit, type AuditActor } from '@/lib/server/audit/record-audit';
import { voiceConnection } from '@/lib/server/voice/voice-connection';
import { webhookBase } from './webhook-base-url';
import { rotateWebhookToken } from './webhook-token';

// The webhooks registered with 8x8 (or the sandbox) through its Webhooks API.

export const appWebhookTypes = ['VCA', 'VSS', 'VCS'] as const satisfies readonly WebhookType[];

export type WebhookRegistrations = { mode: 'live' | 'sandbox'; webhooks: RegisteredWebhook[] };

async function ask<T>(work: (client: Awaited<ReturnType<typeof voiceConnection>>['client']) => Promise<T>) {
  const connection = await voiceConnection();
  try {
    return { mode: connection.mode, result: await work(connection.client) };
  } catch (error) {
    throw new AppError('bad_gateway', describeVoiceFailure(error, connection.mode === 'live' ? '8x8' : 'The sandbox'));
  }
}

export async function listRegisteredWebhooks(): Promise<WebhookRegistrations> {
  const { mode, result } = await ask((client) => client.listWebhooks());
  return { mode, webhooks: result };
}

/**
 * Generates a fresh token, stores it (encrypted) before anything else so deliveries
 * carrying it are accepted from the first one, then registers VCA, VSS and VCS at
 * `${base}/api/webhooks/8x8/{type}` with the token as httpAuthHeader. The base is
 * APP_BASE_URL (required with real 8x8) or, for the sandbox, this server's own address.
 */
export async function registerAppWebhooks(actor: AuditActor): Promise<WebhookRegistrations> {
  const base = webhookBase((await voiceConnection()).mode);
  if (base.problem !== null) throw new AppError('conflict', base.problem);
  const token = await rotateWebhookToken();
  const { mode, result } = await ask(async (client) => {
    let webhooks: RegisteredWebhook[] = [];
    for (const type of appWebhookTypes) {
      webhooks = await client.registerWebhook({ type, url: `${base.url}/api/webhooks/8x8/${type.toLowerCase()}`, enabled: true, httpAuthHeader: token });
    }
    return webhooks;
  });
  // The URLs, never the token.
  await recordAudit(actor, {
    action: 'settings.webhooks_register',
    target: { type: 'webhook', id: appWebhookTypes.join(',') },
    summary: `Registered the ${appWebhookTypes.join(', ')} webhooks at ${base.url}/api/webhooks/8x8/… with a new token (${mode === 'live' ? '8x8' : 'sandbox'})`,
    details: { mode, urls: appWebhookTypes.map((type) => `${base.url}/api/webhooks/8x8/${type.toLowerCase()}`) },
  });
  return { mode, webhooks: result };
}

export async function deleteRegisteredWebhook(type: WebhookType, actor: AuditActor): Promise<WebhookRegistrations> {
  const connection = await voiceConnection();
  try {
    await connection.client.deleteWebhook(type);
  } catch (error) {
    if (error instanceof VoiceApiError && error.httpStatus === 404) {
      throw new AppError('not_found', `No ${type} webhook is registered (${error.message})`);
    }
    throw new AppError('bad_gateway', describeVoiceFailure(error, connection.mode === 'live' ? '8x8' : 'The sandbox'));
  }
  await recordAudit(actor, {
    action: 'settings.webhook_remove',
    target: { type: 'webhook', id: type },
    summary: `Removed the ${type} webhook registration (${connection.mode === 'live' ? '8x8' : 'sandbox'})`,
    details: { mode: connection.mode, type },
  });
  return listRegisteredWebhooks();
}
