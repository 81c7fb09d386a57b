import { env } from '@/lib/env';

/** Origins whose pages may change things with a session cookie. */
export function trustedOrigins(): string[] {
  const settings = env();
  if (settings.APP_BASE_URL) return [new URL(settings.APP_BASE_URL).origin];
  return [`http://localhost:${settings.PORT}`, `http://127.0.0.1:${settings.PORT}`];
}
