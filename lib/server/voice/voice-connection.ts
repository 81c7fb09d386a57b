import 'server-only';
import { createVoiceClient, type VoiceClient } from '@/lib/eightbyeight/client';
import { env } from '@/lib/env';

export type VoiceConnection = { mode: 'live' | 'sandbox'; client: VoiceClient };

export const sandboxSubAccountId = 'sandbox';
export const sandboxApiKey = 'sandbox-key';

/** The real 8x8 when credentials are configured, the product's own sandbox otherwise. */
export function voiceConnection(): VoiceConnection {
  const settings = env();
  if (settings.VOICE_SUBACCOUNT_ID && settings.VOICE_API_KEY) {
    return {
      mode: 'live',
      client: createVoiceClient({
        baseUrl: settings.VOICE_API_BASE_URL,
        subAccountId: settings.VOICE_SUBACCOUNT_ID,
        apiKey: settings.VOICE_API_KEY,
      }),
    };
  }
  const base = settings.APP_BASE_URL ?? `http://127.0.0.1:${settings.PORT}`;
  return {
    mode: 'sandbox',
    client: createVoiceClient({ baseUrl: `${base}/sandbox`, subAccountId: sandboxSubAccountId, apiKey: sandboxApiKey }),
  };
}
