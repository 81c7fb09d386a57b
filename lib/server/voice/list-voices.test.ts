import { describe, expect, it, vi } from 'vitest';
import type { SpeechProfile } from '@/lib/eightbyeight/api-schemas';
import { builtinSpeechProfiles } from '@/lib/eightbyeight/builtin-speech-profiles';
import type { VoiceClient } from '@/lib/eightbyeight/client';
import { createVoiceCatalog } from './list-voices';
import type { VoiceConnection } from './voice-connection';

const emma: SpeechProfile = { speechProfileCode: 'en-GB-Emma', localeCode: 'en-GB', localeDescription: 'EnglishUK', gender: 'F' };

function live(listSpeechProfiles: () => Promise<SpeechProfile[]>) {
  const list = vi.fn(listSpeechProfiles);
  const connection = { mode: 'live', client: { listSpeechProfiles: list } as unknown as VoiceClient } satisfies VoiceConnection;
  return { connection, list };
}

describe('listVoices', () => {
  it('offers the built-in voices on the sandbox without asking anyone', async () => {
    const { connection, list } = live(async () => [emma]);
    const voices = createVoiceCatalog(async () => ({ ...connection, mode: 'sandbox' }));
    expect(await voices()).toEqual({ source: 'sandbox', voices: builtinSpeechProfiles });
    expect(list).not.toHaveBeenCalled();
  });

  it('asks 8x8 once per ten minutes', async () => {
    let now = 0;
    const { connection, list } = live(async () => [emma]);
    const voices = createVoiceCatalog(async () => connection, () => now);
    expect(await voices()).toEqual({ source: '8x8', voices: [emma] });
    now = 9 * 60_000;
    await voices();
    expect(list).toHaveBeenCalledTimes(1);
    now = 11 * 60_000;
    await voices();
    expect(list).toHaveBeenCalledTimes(2);
  });

  it('falls back to the built-in voices with a warning when 8x8 fails, and retries within a minute', async () => {
    let now = 0;
    const { connection, list } = live(async () => {
      throw new Error('HTTP 500');
    });
    const voices = createVoiceCatalog(async () => connection, () => now);
    const answer = await voices();
    expect(answer).toMatchObject({ source: '8x8', voices: builtinSpeechProfiles });
    expect(answer.warning).toContain('HTTP 500');
    now = 61_000;
    await voices();
    expect(list).toHaveBeenCalledTimes(2);
  });
});
