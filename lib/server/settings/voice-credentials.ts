import 'server-only';
import { z } from 'zod';
import { recordAudit, type AuditActor } from '@/lib/server/audit/record-audit';
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

// The audit entries name the subaccount only: the API key is a secret and never leaves the settings table.

export async function saveVoiceCredentials(input: VoiceCredentialsInput, actor: AuditActor): Promise<void> {
  await writeSettings([
    { key: settingKeys.subAccountId, value: input.subAccountId },
    { key: settingKeys.apiKey, value: input.apiKey },
  ]);
  await recordAudit(actor, {
    action: 'settings.voice_save',
    target: { type: 'settings', id: 'voice' },
    summary: `Saved 8x8 credentials for subaccount ${input.subAccountId} (API key stored encrypted)`,
    details: { subAccountId: input.subAccountId },
  });
}

export async function removeVoiceCredentials(actor: AuditActor): Promise<void> {
  const before = await storedVoiceCredentials();
  await writeSettings([
    { key: settingKeys.subAccountId, value: null },
    { key: settingKeys.apiKey, value: null },
  ]);
  await recordAudit(actor, {
    action: 'settings.voice_remove',
    target: { type: 'settings', id: 'voice' },
    summary: before ? `Removed the saved 8x8 credentials of subaccount ${before.subAccountId}` : 'Removed the saved 8x8 credentials (none were saved)',
    details: { subAccountId: before?.subAccountId ?? null },
  });
}
