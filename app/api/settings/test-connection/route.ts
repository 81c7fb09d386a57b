import { route } from '@/lib/http/route';
import { testVoiceConnection } from '@/lib/server/settings/test-voice-connection';

/** Asks 8x8 (or the sandbox) for speech profiles and numbers: { mode, ok, speechProfiles, numbers }. */
export const POST = route('settings.manage', async () => Response.json(await testVoiceConnection()));
