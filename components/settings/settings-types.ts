import type { RegisteredWebhook } from '@/lib/eightbyeight/api-schemas';
import type { DataDipSettings } from '@/lib/server/settings/data-dip-settings';
import type { ConnectionTest } from '@/lib/server/settings/test-voice-connection';
import type { VoiceSetupStatus } from '@/lib/server/settings/voice-setup-status';

// The JSON the settings API answers, as the browser sees it (types only: no server code is bundled).
export type { ConnectionTest, DataDipSettings, RegisteredWebhook, VoiceSetupStatus };
export type WebhookRegistrations = { mode: 'live' | 'sandbox'; webhooks: RegisteredWebhook[] };
export type FlowChoice = { id: string; name: string; published: boolean };

/** "8x8" or "Sandbox", for every place the page names where it is talking to. */
export const platformName = (mode: 'live' | 'sandbox') => (mode === 'live' ? '8x8' : 'the Sandbox');
