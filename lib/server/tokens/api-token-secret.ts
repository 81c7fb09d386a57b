import { createHash, randomBytes } from 'node:crypto';

// An API token is 32 random bytes behind a recognisable prefix; only its SHA-256 is stored
// (a high-entropy secret needs no slow hash: nobody can guess one to match a leaked hash).

export const apiTokenPrefix = 'ivr_';

export function newApiTokenSecret(): string {
  return `${apiTokenPrefix}${randomBytes(32).toString('base64url')}`;
}

export function hashApiToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
