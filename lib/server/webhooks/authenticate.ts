import 'server-only';
import { createHash, timingSafeEqual } from 'node:crypto';
import { AppError } from '@/lib/http/app-error';

// 8x8 sends the httpAuthHeader registered with the webhook as the Authorization
// header. Both sides are hashed first so the comparison is constant-time whatever
// the lengths; every accepted token is compared, so timing does not tell which matched.
const digest = (value: string) => createHash('sha256').update(value).digest();

/** Fails closed: with no accepted token, nothing is accepted. */
export function authenticateWebhook(request: Request, accepted: readonly string[]): void {
  const given = digest(request.headers.get('authorization') ?? '');
  let matched = false;
  for (const token of accepted) matched = timingSafeEqual(given, digest(token)) || matched;
  if (!matched) {
    throw new AppError('unauthorized', 'The Authorization header does not match the webhook token (WEBHOOK_AUTH_TOKEN)');
  }
}
