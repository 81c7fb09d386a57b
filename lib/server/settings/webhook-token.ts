import 'server-only';
import { randomBytes } from 'node:crypto';
import { env } from '@/lib/env';
import { settingKeys, storedSettings, writeSettings } from './stored-settings';

// Webhook tokens: 8x8 sends the registered httpAuthHeader as the Authorization header.
// Two can be in force: WEBHOOK_AUTH_TOKEN (what ops configure) and the token the setup
// page generated and registered with 8x8 (stored encrypted). Either is accepted.

/** After a rotation the old token stays valid this long: 8x8 may still be delivering with it. */
export const previousTokenGraceMs = 10 * 60_000;

/** Every token a webhook may carry; empty means webhooks are not authenticated. Served from memory. */
export async function acceptedWebhookTokens(now: number = Date.now()): Promise<string[]> {
  const { values } = await storedSettings(now);
  const previous = values[settingKeys.previousWebhookToken];
  const tokens = [
    values[settingKeys.webhookToken]?.value,
    previous && now - previous.updatedAt.getTime() < previousTokenGraceMs ? previous.value : undefined,
    env().WEBHOOK_AUTH_TOKEN,
  ];
  return [...new Set(tokens.filter((t): t is string => Boolean(t)))];
}

/** The token the sandbox sends with its deliveries: the stored one first, else WEBHOOK_AUTH_TOKEN. */
export async function effectiveWebhookToken(): Promise<string | undefined> {
  const { values } = await storedSettings();
  return values[settingKeys.webhookToken]?.value ?? env().WEBHOOK_AUTH_TOKEN;
}

/** A fresh random token, stored encrypted (the current one kept as the previous one). Never leaves the server. */
export async function rotateWebhookToken(): Promise<string> {
  const token = randomBytes(24).toString('base64url');
  const current = (await storedSettings()).values[settingKeys.webhookToken]?.value ?? null;
  await writeSettings([
    { key: settingKeys.previousWebhookToken, value: current },
    { key: settingKeys.webhookToken, value: token },
  ]);
  return token;
}
