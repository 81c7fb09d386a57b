import { randomUUID } from 'node:crypto';
import { registerWebhookRequest, webhookType, type RegisterWebhookRequest, type WebhookType } from '@/lib/eightbyeight/api-schemas';
import { parseReadable } from '@/lib/http/readable-parse';
import { isUnderBase } from './own-url';

// The sandbox's Webhooks API bodies, in 8x8's shapes (fixtures/webhooks-list.json and
// the OpenAPI file). The stored httpAuthHeader is never shown: lists say only whether
// there is one (httpAuthHeaderAvailable), as 8x8's do.

export type StoredWebhook = { type: WebhookType; url: string; enabled: boolean; httpAuthHeader: string | null };
export type SandboxReply = { httpStatus: number; body: Record<string, unknown> };

const shown = (w: StoredWebhook) => ({ type: w.type, url: w.url, enabled: w.enabled, httpAuthHeaderAvailable: Boolean(w.httpAuthHeader) });

export function webhookListReply(subAccountId: string, webhooks: readonly StoredWebhook[]): SandboxReply {
  return {
    httpStatus: 200,
    body: { subAccountId, count: webhooks.length, webhooks: webhooks.map(shown), statusCode: 0, statusMessage: 'ok' },
  };
}

const refuse = (statusMessage: string) => ({
  ok: false as const,
  reply: { httpStatus: 422, body: { errorId: randomUUID(), statusCode: '1001', statusMessage, timestamp: new Date().toISOString() } },
});

/**
 * A POST body as 8x8 validates it, plus the sandbox's own rule: the URL must be this
 * app's (`ownBase`). A refusal is 8x8's 422 body (statusCode as a string, as published).
 */
export function parseRegisterWebhook(body: unknown, ownBase: string): { ok: true; request: RegisterWebhookRequest } | { ok: false; reply: SandboxReply } {
  if (body === undefined) return refuse('Invalid JSON request body');
  const parsed = parseReadable(registerWebhookRequest, body);
  if (!parsed.ok) return refuse(`Invalid param: ${parsed.message}`);
  if (!isUnderBase(parsed.data.url, ownBase)) {
    return refuse(`Invalid param: url: the sandbox delivers webhooks only to this app, so the url must start with ${ownBase}/`);
  }
  return { ok: true, request: parsed.data };
}

export function toStoredWebhook(request: RegisterWebhookRequest): StoredWebhook {
  return { type: request.type, url: request.url, enabled: request.enabled ?? true, httpAuthHeader: request.httpAuthHeader || null };
}

export function parseWebhookType(value: string): WebhookType | null {
  const parsed = webhookType.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export function webhookNotFoundReply(type: string): SandboxReply {
  return { httpStatus: 404, body: { statusCode: 404, statusMessage: `Webhook not found by type : ${type}` } };
}

/** DELETE answers with the removed webhook, flattened (the OpenAPI example). */
export function webhookDeletedReply(subAccountId: string, webhook: StoredWebhook): SandboxReply {
  return { httpStatus: 200, body: { subAccountId, ...shown(webhook), statusCode: 0, statusMessage: 'deleted' } };
}
