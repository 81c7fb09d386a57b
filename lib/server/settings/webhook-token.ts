import 'server-only';
import { randomBytes } from 'node:crypto';
import { env } from '@/lib/env';
import { AppError } from '@/lib/http/app-error';
import { realCredentialsConfigured } from '@/lib/server/voice/voice-connection';
import { settingKeys, storedSettings, writeSettings, type StoredSettings } from './stored-settings';

// Webhook tokens: 8x8 sends the registered httpAuthHeader as the Authorization header.
// Two can be in force: WEBHOOK_AUTH_TOKEN (what ops configure) and the token the setup
// page generated and registered with 8x8 (stored encrypted). Either is accepted.
// Webhooks are never unauthenticated: with none configured, real 8x8's are refused and
// the sandbox makes one for itself (it stands on both sides).

/** After a rotation the old token stays valid this long: 8x8 may still be delivering with it. */
export const previousTokenGraceMs = 10 * 60_000;

export const unreadableTokenMessage =
  'The stored webhook token cannot be decrypted (SECRETS_KEY changed, or DATA_DIR/secrets.key was replaced): restore the key, or register the webhooks again on the 8x8 setup page';
export const noTokenMessage =
  'No webhook token is configured while real 8x8 credentials are: register the webhooks on the 8x8 setup page (that generates one) or set WEBHOOK_AUTH_TOKEN';

function configuredTokens({ values }: StoredSettings, now: number): string[] {
  const previous = values[settingKeys.previousWebhookToken];
  const tokens = [
    values[settingKeys.webhookToken]?.value,
    previous && now - previous.updatedAt.getTime() < previousTokenGraceMs ? previous.value : undefined,
    env().WEBHOOK_AUTH_TOKEN,
  ];
  return [...new Set(tokens.filter((t): t is string => Boolean(t)))];
}

/**
 * Every token a webhook may carry — never empty. Served from memory; only the sandbox's
 * first token is written once. Throws 503 when the stored token cannot be decrypted
 * (authentication must not silently fall back to fewer tokens, or none) and 401 when
 * real 8x8 is configured without any token.
 */
export async function acceptedWebhookTokens(now: number = Date.now()): Promise<string[]> {
  const settings = await storedSettings(now);
  if (settings.unreadable.includes(settingKeys.webhookToken)) {
    logUnreadable(now);
    throw new AppError('unavailable', unreadableTokenMessage);
  }
  const tokens = configuredTokens(settings, now);
  if (tokens.length > 0) return tokens;
  if (await realCredentialsConfigured()) throw new AppError('unauthorized', noTokenMessage);
  return [await ensureSandboxWebhookToken()];
}

/**
 * The token the sandbox sends with its deliveries: the stored one first, else
 * WEBHOOK_AUTH_TOKEN, else one made now. Undefined only when the stored one is unreadable.
 */
export async function effectiveWebhookToken(): Promise<string | undefined> {
  const settings = await storedSettings();
  const token = settings.values[settingKeys.webhookToken]?.value ?? env().WEBHOOK_AUTH_TOKEN;
  if (token || settings.unreadable.includes(settingKeys.webhookToken)) return token;
  return ensureSandboxWebhookToken();
}

/** Stores a first token unless one exists (another process may have won the race: its token is used). */
async function ensureSandboxWebhookToken(): Promise<string> {
  const { values } = await writeSettings([{ key: settingKeys.webhookToken, value: newToken() }], { keepExisting: true });
  const token = values[settingKeys.webhookToken]?.value;
  if (!token) throw new AppError('unavailable', unreadableTokenMessage);
  return token;
}

/** A fresh random token, stored encrypted (the current one kept as the previous one). Never leaves the server. */
export async function rotateWebhookToken(): Promise<string> {
  const token = newToken();
  const current = (await storedSettings()).values[settingKeys.webhookToken]?.value ?? null;
  await writeSettings([
    { key: settingKeys.previousWebhookToken, value: current },
    { key: settingKeys.webhookToken, value: token },
  ]);
  return token;
}

const newToken = () => randomBytes(24).toString('base64url');

// 8x8 retries refused deliveries: say why once a minute, not once per request.
let loggedAt = -Infinity;
function logUnreadable(now: number): void {
  if (now - loggedAt < 60_000) return;
  loggedAt = now;
  console.error(`[webhooks] refusing webhooks with 503: ${unreadableTokenMessage}`);
}
