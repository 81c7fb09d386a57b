import 'server-only';
import { createHmac } from 'node:crypto';
import { env } from '@/lib/env';
import { loadSecretsKey } from '@/lib/server/settings/secret-box';

/** AUTH_SECRET, or a key derived from the secrets key so a laptop needs no setting. */
export function authSecret(): string {
  const settings = env();
  if (settings.AUTH_SECRET) return settings.AUTH_SECRET;
  return createHmac('sha256', loadSecretsKey(settings)).update('ivr-studio session cookies').digest('base64url');
}
