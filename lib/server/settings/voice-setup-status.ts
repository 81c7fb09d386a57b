import 'server-only';
import { env } from '@/lib/env';
import { sandboxState } from '@/lib/server/sandbox/sandbox-enabled';
import { voiceConnection } from '@/lib/server/voice/voice-connection';
import { settingKeys, storedSettings } from './stored-settings';
import { webhookBase } from './webhook-base-url';

/** What the setup page shows about the 8x8 connection. Holds no secret. */
export type VoiceSetupStatus = {
  mode: 'live' | 'sandbox';
  /** Where the credentials in use come from. */
  source: 'stored' | 'env' | 'sandbox';
  subAccountId: string;
  /** Saved on the setup page (the key itself is never sent out). */
  stored: { subAccountId: string | null; apiKeySaved: boolean };
  envCredentials: boolean;
  webhookToken: { stored: boolean; env: boolean };
  /** Where 8x8 is asked to deliver webhooks; null when it cannot be registered yet (see webhookBaseProblem). */
  webhookBaseUrl: string | null;
  /** What to set before registering webhooks with 8x8 (APP_BASE_URL), or null. */
  webhookBaseProblem: string | null;
  /** Whether the built-in sandbox (test phone, test deliveries) is on, and if not, why. */
  sandbox: { enabled: boolean; reason: string | null };
  /** Stored secrets the current key cannot decrypt (SECRETS_KEY changed): save them again. */
  unreadable: string[];
};

const unreadableLabels: Record<string, string> = {
  [settingKeys.apiKey]: 'API key',
  [settingKeys.webhookToken]: 'webhook token',
  [settingKeys.previousWebhookToken]: 'previous webhook token',
};

export async function voiceSetupStatus(): Promise<VoiceSetupStatus> {
  const settings = env();
  const [connection, { values, unreadable }, sandbox] = await Promise.all([voiceConnection(), storedSettings(), sandboxState()]);
  const base = webhookBase(connection.mode);
  return {
    mode: connection.mode,
    source: connection.source,
    subAccountId: connection.subAccountId,
    stored: { subAccountId: values[settingKeys.subAccountId]?.value ?? null, apiKeySaved: Boolean(values[settingKeys.apiKey]) },
    envCredentials: Boolean(settings.VOICE_SUBACCOUNT_ID && settings.VOICE_API_KEY),
    webhookToken: { stored: Boolean(values[settingKeys.webhookToken]), env: Boolean(settings.WEBHOOK_AUTH_TOKEN) },
    webhookBaseUrl: base.url,
    webhookBaseProblem: base.problem,
    sandbox,
    // Only the 8x8 page's own secrets: an unreadable data dip secret is shown in its own section.
    unreadable: unreadable.flatMap((key) => (Object.hasOwn(unreadableLabels, key) ? [unreadableLabels[key]!] : [])),
  };
}
