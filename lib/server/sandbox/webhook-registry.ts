import 'server-only';
import { db } from '@/lib/db';
import type { WebhookType } from '@/lib/eightbyeight/api-schemas';
import { env } from '@/lib/env';
import { effectiveWebhookToken } from '@/lib/server/settings/webhook-token';

// The sandbox's registered webhooks (its stand-in for 8x8's Webhooks API), stored so
// they survive restarts.

export type SandboxWebhook = { type: WebhookType; url: string; enabled: boolean; httpAuthHeader: string | null };

export async function listSandboxWebhooks(): Promise<SandboxWebhook[]> {
  const rows = await db.sandboxWebhook.findMany({ orderBy: { type: 'asc' } });
  return rows.map((r) => ({ type: r.type as WebhookType, url: r.url, enabled: r.enabled, httpAuthHeader: r.httpAuthHeader }));
}

export async function registerSandboxWebhook(webhook: SandboxWebhook): Promise<void> {
  const data = { url: webhook.url, enabled: webhook.enabled, httpAuthHeader: webhook.httpAuthHeader };
  await db.sandboxWebhook.upsert({ where: { type: webhook.type }, create: { type: webhook.type, ...data }, update: data });
}

/** True when a registration was deleted. */
export async function deleteSandboxWebhook(type: WebhookType): Promise<boolean> {
  return (await db.sandboxWebhook.deleteMany({ where: { type } })).count > 0;
}

export type WebhookTarget = { url: string; authorization: string | null };

/**
 * Where the sandbox delivers each webhook type. Registered and enabled URLs win; with
 * nothing registered the sandbox calls this app's own endpoints with its own token,
 * since in sandbox mode the product stands on both sides.
 */
export async function sandboxWebhookTargets(): Promise<Record<'VCA' | 'VSS' | 'VCS', WebhookTarget | null>> {
  const registered = new Map((await listSandboxWebhooks()).map((w) => [w.type, w]));
  const base = env().APP_BASE_URL ?? `http://127.0.0.1:${env().PORT}`;
  const token = (await effectiveWebhookToken()) ?? null;
  const target = (type: 'VCA' | 'VSS' | 'VCS'): WebhookTarget | null => {
    const found = registered.get(type);
    if (found) return found.enabled ? { url: found.url, authorization: found.httpAuthHeader } : null;
    return { url: `${base}/api/webhooks/8x8/${type.toLowerCase()}`, authorization: token };
  };
  return { VCA: target('VCA'), VSS: target('VSS'), VCS: target('VCS') };
}
