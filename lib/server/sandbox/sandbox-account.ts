import 'server-only';
import { env } from '@/lib/env';
import type { SandboxAccount } from '@/lib/sandbox/send-callflow';
import { sandboxApiKey, sandboxSubAccountId } from '@/lib/server/voice/voice-connection';

export { appBaseUrl } from '@/lib/server/voice/voice-connection';

/** The sandbox's one subaccount: its id, API key and virtual numbers. */
export function sandboxAccount(): SandboxAccount {
  return { subAccountId: sandboxSubAccountId, apiKey: sandboxApiKey, numbers: env().SANDBOX_NUMBERS };
}
