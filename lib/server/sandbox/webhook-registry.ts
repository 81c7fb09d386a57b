import 'server-only';
import { db } from '@/lib/db';
import type { WebhookType } from '@/lib/eightbyeight/api-schemas';
import { effectiveWebhookToken } from '@/lib/server/settings/webhook-token';
import { appBaseUrl } from '@/lib/server/voice/voice-connection';

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

/** The deleted registration, or null when there was none. */
export async function deleteSandboxWebhook(type: WebhookType): Promise<SandboxWebhook | null> {
  const [found] = await db.$transaction([
    db.sandboxWebhook.findUnique({ where: { type } }),
    db.sandboxWebhook.deleteMany({ where: { type } }),
  ]);
  return found && { type, url: found.url, enabled: found.enabled, httpAuthHeader: found.httpAuthHeader };
}

export type WebhookTarget = { url: string; authorization: string | null };

/**
 * Where the sandbox delivers each webhook type. Registered and enabled URLs win; with
 * nothing registered the sandbox calls this app's own endpoints with its own token,
 * since in sandbox mode the product stands on both sides.
 */
export async function sandboxWebhookTargets(): Promise<Record<'VCA' | 'VSS' | 'VCS', WebhookTarget | null>> {
  const registered = new Map((await listSandboxWebhooks()).map((w) => [w.type, w]));
  const base = appBaseUrl();
  const token = (await effectiveWebhookToken()) ?? null;
  const target = (type: 'VCA' | 'VSS' | 'VCS'): WebhookTarget | null => {
    const found = registered.get(type);
    if (found) return found.enabled ? { url: found.url, authorization: found.httpAuthHeader } : null;
    return { url: `${base}/api/webhooks/8x8/${type.toLowerCase()}`, authorization: token };
  };
  return { VCA: target('VCA'), VSS: target('VSS'), VCS: target('VCS') };
}
