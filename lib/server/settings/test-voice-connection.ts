import 'server-only';
import { describeVoiceFailure } from '@/lib/eightbyeight/describe-failure';
import { voiceConnection } from '@/lib/server/voice/voice-connection';

type Check = { ok: true; count: number } | { ok: false; error: string };
export type ConnectionTest = { mode: 'live' | 'sandbox'; ok: boolean; speechProfiles: Check; numbers: Check };

/** Asks 8x8 (or the sandbox) for the speech profiles and the numbers: both must answer. */
export async function testVoiceConnection(): Promise<ConnectionTest> {
  const connection = await voiceConnection();
  const where = connection.mode === 'live' ? '8x8' : 'The sandbox';
  const check = async (list: () => Promise<unknown[]>): Promise<Check> => {
    try {
      return { ok: true, count: (await list()).length };
    } catch (error) {
      return { ok: false, error: describeVoiceFailure(error, where) };
    }
  };
  const [speechProfiles, numbers] = await Promise.all([
    check(() => connection.client.listSpeechProfiles()),
    check(() => connection.client.listNumbers()),
  ]);
  return { mode: connection.mode, ok: speechProfiles.ok && numbers.ok, speechProfiles, numbers };
}
