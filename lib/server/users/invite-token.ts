import { createHash, randomBytes } from 'node:crypto';

/** An invitation link's secret: random, shown once in the link, stored only as its SHA-256. */
export function newInviteToken(): string {
  return randomBytes(24).toString('base64url');
}

export function hashInviteToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
