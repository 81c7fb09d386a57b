import 'server-only';
import { env } from '@/lib/env';
import { sandboxSwitch, type SandboxState } from '@/lib/sandbox/sandbox-switch';
import { realCredentialsConfigured } from '@/lib/server/voice/voice-connection';

export type { SandboxState };

/** The one decision every sandbox route and the UI ask; served from the settings cache. */
export async function sandboxState(): Promise<SandboxState> {
  return sandboxSwitch(env().SANDBOX, await realCredentialsConfigured());
}
