import 'server-only';
import { createVoiceClient, type VoiceClient } from '@/lib/eightbyeight/client';
import { env } from '@/lib/env';
import { settingKeys, storedSettings } from '@/lib/server/settings/stored-settings';
import { storedVoiceCredentials } from '@/lib/server/settings/voice-credentials';

export type VoiceConnection = { mode: 'live' | 'sandbox'; client: VoiceClient; subAccountId?: string };

export type ResolvedVoiceConnection = VoiceConnection & {
  /** Where the credentials come from: the setup page (stored), the environment, or none (sandbox). */
  source: 'stored' | 'env' | 'sandbox';
  subAccountId: string;
};

export const sandboxSubAccountId = 'sandbox';
export const sandboxApiKey = 'sandbox-key';

/** This server's own address, where the sandbox is served. */
export function appBaseUrl(): string {
  const settings = env();
  return (settings.APP_BASE_URL ?? `http://127.0.0.1:${settings.PORT}`).replace(/\/+$/, '');
}

type LiveCredentials = { subAccountId: string; apiKey: string; source: 'stored' | 'env' };

/** Those saved on the setup page first, else VOICE_SUBACCOUNT_ID/VOICE_API_KEY; null: none. From memory. */
async function liveCredentials(): Promise<LiveCredentials | null> {
  const settings = env();
  const stored = await storedVoiceCredentials();
  if (stored) return stored;
  if (settings.VOICE_SUBACCOUNT_ID && settings.VOICE_API_KEY) {
    return { subAccountId: settings.VOICE_SUBACCOUNT_ID, apiKey: settings.VOICE_API_KEY, source: 'env' };
  }
  return null;
}

/**
 * Whether real 8x8 credentials are configured — counting a saved key the current
 * SECRETS_KEY cannot decrypt: the sandbox must not come back on, nor webhooks open up,
 * because a key was lost. Served from the settings cache.
 */
export async function realCredentialsConfigured(): Promise<boolean> {
  if (await liveCredentials()) return true;
  return (await storedSettings()).unreadable.includes(settingKeys.apiKey);
}

/**
 * The real 8x8 when credentials are configured — those saved on the setup page first,
 * else VOICE_SUBACCOUNT_ID/VOICE_API_KEY — and the product's own sandbox otherwise.
 * Read from the settings cache: no database query per call.
 */
export async function voiceConnection(): Promise<ResolvedVoiceConnection> {
  const settings = env();
  const live = await liveCredentials();
  if (live) {
    return {
      mode: 'live',
      source: live.source,
      subAccountId: live.subAccountId,
      client: createVoiceClient({ baseUrl: settings.VOICE_API_BASE_URL, subAccountId: live.subAccountId, apiKey: live.apiKey }),
    };
  }
  return {
    mode: 'sandbox',
    source: 'sandbox',
    subAccountId: sandboxSubAccountId,
    client: createVoiceClient({ baseUrl: `${appBaseUrl()}/sandbox`, subAccountId: sandboxSubAccountId, apiKey: sandboxApiKey }),
  };
}
