import 'server-only';
import { z } from 'zod';
import { settingKeys, storedSettings, writeSettings } from './stored-settings';

export const subAccountIdSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9\-._&]{3,50}$/, 'subAccountId must be 3–50 letters, digits or - . _ &');

export const voiceCredentialsInput = z.object({
  subAccountId: subAccountIdSchema,
  apiKey: z.string().trim().min(1, 'apiKey is required').max(500, 'apiKey is at most 500 characters'),
});
export type VoiceCredentialsInput = z.infer<typeof voiceCredentialsInput>;

export type StoredVoiceCredentials = { subAccountId: string; apiKey: string; source: 'stored' };

/** The 8x8 credentials saved on the setup page (both parts), from the settings cache. */
export async function storedVoiceCredentials(): Promise<StoredVoiceCredentials | null> {
  const { values } = await storedSettings();
  const subAccountId = values[settingKeys.subAccountId]?.value;
  const apiKey = values[settingKeys.apiKey]?.value;
  return subAccountId && apiKey ? { subAccountId, apiKey, source: 'stored' } : null;
}

export async function saveVoiceCredentials(input: VoiceCredentialsInput): Promise<void> {
  await writeSettings([
    { key: settingKeys.subAccountId, value: input.subAccountId },
    { key: settingKeys.apiKey, value: input.apiKey },
  ]);
}

export async function removeVoiceCredentials(): Promise<void> {
  await writeSettings([
    { key: settingKeys.subAccountId, value: null },
    { key: settingKeys.apiKey, value: null },
  ]);
}
