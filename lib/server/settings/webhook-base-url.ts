import 'server-only';
import { env } from '@/lib/env';
import { appBaseUrl } from '@/lib/server/voice/voice-connection';

// Where 8x8 (or the sandbox) is asked to deliver webhooks. Never a request's Host or
// X-Forwarded-Host: whoever sends those would choose where the calls — and the webhook
// token that comes with them — go.

export type WebhookBase = { url: string; problem: null } | { url: null; problem: string };

export const missingAppBaseUrl =
  'Set APP_BASE_URL to the public https address 8x8 can reach this app at (e.g. https://ivr.example.com) and restart: 8x8 delivers webhooks there, and the app never takes its address from a request';

/** Real 8x8 needs APP_BASE_URL; the sandbox lives in this server, at its own address. */
export function webhookBaseFor(mode: 'live' | 'sandbox', configured: string | undefined, ownBase: string): WebhookBase {
  if (configured) return { url: configured.replace(/\/+$/, ''), problem: null };
  if (mode === 'live') return { url: null, problem: missingAppBaseUrl };
  return { url: ownBase, problem: null };
}

export function webhookBase(mode: 'live' | 'sandbox'): WebhookBase {
  return webhookBaseFor(mode, env().APP_BASE_URL, appBaseUrl());
}
