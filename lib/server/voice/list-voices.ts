import 'server-only';
import type { SpeechProfile } from '@/lib/eightbyeight/api-schemas';
import { builtinSpeechProfiles } from '@/lib/eightbyeight/builtin-speech-profiles';
import { voiceConnection, type VoiceConnection } from './voice-connection';

export type VoiceList = {
  /** Where the connection points: the real 8x8 or the product's sandbox. */
  source: 'sandbox' | '8x8';
  voices: SpeechProfile[];
  /** Set when 8x8 could not be asked and the built-in list stands in. */
  warning?: string;
};

const freshFor = 10 * 60_000;
// A failure is retried sooner, so a passing 8x8 outage does not stick for ten minutes.
const failureFreshFor = 60_000;

/** The voices the designer offers, cached in memory (8x8's list rarely changes). */
export function createVoiceCatalog(connect: () => Promise<VoiceConnection>, clock: () => number = Date.now) {
  // Keyed by the account, so saving other credentials on the setup page shows their voices at once.
  let cached: { account: string; until: number; list: VoiceList } | null = null;
  return async function listVoices(): Promise<VoiceList> {
    const connection = await connect();
    const account = `${connection.mode}:${connection.subAccountId ?? ''}`;
    if (cached && cached.account === account && clock() < cached.until) return cached.list;
    const list = await load(connection);
    cached = { account, until: clock() + (list.warning ? failureFreshFor : freshFor), list };
    return list;
  };
}

async function load(connection: VoiceConnection): Promise<VoiceList> {
  if (connection.mode === 'sandbox') return { source: 'sandbox', voices: builtinSpeechProfiles };
  try {
    return { source: '8x8', voices: await connection.client.listSpeechProfiles() };
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'no answer';
    return {
      source: '8x8',
      voices: builtinSpeechProfiles,
      warning: `8x8's voice list is unavailable (${reason}); showing the built-in voices.`,
    };
  }
}

export const listVoices = createVoiceCatalog(voiceConnection);
