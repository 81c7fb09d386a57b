import { readBody, route } from '@/lib/http/route';
import { removeVoiceCredentials, saveVoiceCredentials, voiceCredentialsInput } from '@/lib/server/settings/voice-credentials';
import { voiceSetupStatus } from '@/lib/server/settings/voice-setup-status';

/** Saves 8x8 credentials { subAccountId, apiKey } (the key encrypted); answers the status, without the key. */
export const PUT = route('settings.manage', async (request) => {
  await saveVoiceCredentials(await readBody(request, voiceCredentialsInput));
  return Response.json(await voiceSetupStatus());
});

/** Forgets the saved credentials: back to the environment's, or to the sandbox. */
export const DELETE = route('settings.manage', async () => {
  await removeVoiceCredentials();
  return Response.json(await voiceSetupStatus());
});
