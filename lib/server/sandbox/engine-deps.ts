import 'server-only';
import { builtinSpeechProfiles } from '@/lib/eightbyeight/builtin-speech-profiles';
import { env } from '@/lib/env';
import { hasParty, takeParty } from '@/lib/sandbox/engine/registry';
import type { EngineDeps } from '@/lib/sandbox/engine/types';
import { sandboxWebhookTargets } from './webhook-registry';
import { appBaseUrl, sandboxAccount } from './sandbox-account';

const speechProfiles = new Set(builtinSpeechProfiles.map((p) => p.speechProfileCode));

/** What a sandbox call needs from this server: webhook targets (read once per call), fetch, speed. */
export async function sandboxEngineDeps(callSpeed = 1): Promise<EngineDeps> {
  const account = sandboxAccount();
  return {
    targets: await sandboxWebhookTargets(),
    ownBase: appBaseUrl(),
    fetch: (url, init) => fetch(url, init),
    subAccountId: account.subAccountId,
    numbers: account.numbers,
    speechProfiles,
    speed: env().SANDBOX_SPEED * callSpeed,
    bridgeOutcome: (destination) => (hasParty(destination) ? takeParty(destination).outcome : 'ANSWERED'),
  };
}
