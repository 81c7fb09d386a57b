import 'server-only';
import { env } from '@/lib/env';

/**
 * The token webhook requests must carry as their Authorization header: the one
 * generated on the 8x8 setup page when there is one, else WEBHOOK_AUTH_TOKEN.
 * (The setup page's stored token comes with the settings module.)
 */
export async function effectiveWebhookToken(): Promise<string | undefined> {
  return env().WEBHOOK_AUTH_TOKEN;
}
