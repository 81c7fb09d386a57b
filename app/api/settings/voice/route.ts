import { readBody, route } from '@/lib/http/route';
import { removeVoiceCredentials, saveVoiceCredentials, voiceCredentialsInput } from '@/lib/server/settings/voice-credentials';
import { voiceSetupStatus } from '@/lib/server/settings/voice-setup-status';

/** Saves 8x8 credentials { subAccountId, apiKey } (the key encrypted); answers the status, without the key. */
export const PUT = route('settings.manage', async (request, _context, actor) => {
  await saveVoiceCredentials(await readBody(request, voiceCredentialsInput), actor);
  return Response.json(await voiceSetupStatus());
});

/** Forgets the saved credentials: back to the environment's, or to the sandbox. */
export const DELETE = route('settings.manage', async (_request, _context, actor) => {
  await removeVoiceCredentials(actor);
  return Response.json(await voiceSetupStatus());
});
