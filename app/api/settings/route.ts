import { route } from '@/lib/http/route';
import { voiceSetupStatus } from '@/lib/server/settings/voice-setup-status';

export const dynamic = 'force-dynamic';

/** How the product reaches 8x8 (or the sandbox). Never includes the API key or a token. */
export const GET = route('settings.manage', async () => Response.json(await voiceSetupStatus()));
