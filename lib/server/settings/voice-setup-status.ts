import 'server-only';
import { env } from '@/lib/env';
import { voiceConnection } from '@/lib/server/voice/voice-connection';
import { settingKeys, storedSettings } from './stored-settings';

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
  /** Where 8x8 is asked to deliver webhooks. */
  webhookBaseUrl: string;
  /** Stored secrets the current key cannot decrypt (SECRETS_KEY changed): save them again. */
  unreadable: string[];
};

export async function voiceSetupStatus(requestOrigin: string): Promise<VoiceSetupStatus> {
  const settings = env();
  const [connection, { values, unreadable }] = await Promise.all([voiceConnection(), storedSettings()]);
  return {
    mode: connection.mode,
    source: connection.source,
    subAccountId: connection.subAccountId,
    stored: { subAccountId: values[settingKeys.subAccountId]?.value ?? null, apiKeySaved: Boolean(values[settingKeys.apiKey]) },
    envCredentials: Boolean(settings.VOICE_SUBACCOUNT_ID && settings.VOICE_API_KEY),
    webhookToken: { stored: Boolean(values[settingKeys.webhookToken]), env: Boolean(settings.WEBHOOK_AUTH_TOKEN) },
    webhookBaseUrl: webhookBaseUrl(requestOrigin),
    unreadable: unreadable.map((key) => (key === settingKeys.apiKey ? 'API key' : 'webhook token')),
  };
}

/** APP_BASE_URL when set (the address 8x8 can reach), else the origin the request came to. */
export function webhookBaseUrl(requestOrigin: string): string {
  return (env().APP_BASE_URL ?? requestOrigin).replace(/\/+$/, '');
}
