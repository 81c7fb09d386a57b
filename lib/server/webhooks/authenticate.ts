import 'server-only';
import { createHash, timingSafeEqual } from 'node:crypto';
import { AppError } from '@/lib/http/app-error';

// 8x8 sends the httpAuthHeader registered with the webhook as the Authorization
// header. Both sides are hashed first so the comparison is constant-time whatever
// the lengths.
const digest = (value: string) => createHash('sha256').update(value).digest();

export function authenticateWebhook(request: Request, expected: string | undefined): void {
  if (!expected) return;
  const given = request.headers.get('authorization') ?? '';
  if (!timingSafeEqual(digest(given), digest(expected))) {
    throw new AppError('unauthorized', 'The Authorization header does not match the webhook token (WEBHOOK_AUTH_TOKEN)');
  }
}
