import 'server-only';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { env } from '@/lib/env';

// AES-256-GCM for the secrets kept in app_setting. A sealed value is
// "v2.<iv>.<tag>.<ciphertext>" (base64url), sealed with the setting's name as associated
// data: the tag makes any change to it, a different key — or the value copied under
// another setting's name — fail loudly instead of decrypting to garbage or to the wrong
// secret. "v1.…" values (sealed before names were bound) still open, without that check;
// writing the setting again seals it as v2.

const current = 'v2';
const legacy = 'v1';
const keyBytes = 32;
const ivBytes = 12;

export class SecretBoxError extends Error {
  override readonly name = 'SecretBoxError';
}

/** `name` is what the value is stored as (the app_setting key); opening under another name fails. */
export type SecretBox = { seal: (plain: string, name: string) => string; open: (sealed: string, name: string) => string };

export function createSecretBox(key: Buffer): SecretBox {
  if (key.length !== keyBytes) throw new SecretBoxError(`The secrets key must be ${keyBytes} bytes, not ${key.length}`);
  return {
    seal(plain, name) {
      const iv = randomBytes(ivBytes);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(name, 'utf8'));
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return [current, iv, cipher.getAuthTag(), body].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.');
    },
    open(sealed, name) {
      const [tagged, iv, tag, body, ...rest] = sealed.split('.');
      if ((tagged !== current && tagged !== legacy) || !iv || !tag || body === undefined || rest.length > 0) {
        throw new SecretBoxError('The stored secret is not in the v2.<iv>.<tag>.<data> format');
      }
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
        if (tagged === current) decipher.setAAD(Buffer.from(name, 'utf8'));
        decipher.setAuthTag(Buffer.from(tag, 'base64url'));
        return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
      } catch {
        throw new SecretBoxError(
          'A stored secret cannot be decrypted: it was encrypted with another key (SECRETS_KEY changed or secrets.key was replaced), altered, or copied from another setting',
        );
      }
    },
  };
}

/**
 * SECRETS_KEY, or on a laptop a random key kept in <DATA_DIR>/secrets.key (mode 0600),
 * created the first time it is needed. Production should set SECRETS_KEY: a key file
 * beside the data is lost with the disk, and with it every stored secret.
 */
export function loadSecretsKey(settings: { SECRETS_KEY?: Buffer; DATA_DIR: string }, log: (line: string) => void = console.log): Buffer {
  if (settings.SECRETS_KEY) return settings.SECRETS_KEY;
  const file = path.resolve(settings.DATA_DIR, 'secrets.key');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (!isMissing(error)) throw error;
    mkdirSync(path.dirname(file), { recursive: true });
    try {
      // 'wx': two processes starting together must not each write their own key.
      writeFileSync(file, `${randomBytes(keyBytes).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
      log(`SECRETS_KEY is not set: created a random key in ${file} for encrypting stored secrets (set SECRETS_KEY in production)`);
    } catch (raced) {
      if (!isExisting(raced)) throw raced;
    }
    text = readFileSync(file, 'utf8');
  }
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length !== keyBytes) throw new SecretBoxError(`${file} must hold base64 of ${keyBytes} bytes; delete it to make a new one (stored secrets are then lost)`);
  return key;
}

const isMissing = (error: unknown) => error instanceof Error && 'code' in error && error.code === 'ENOENT';
const isExisting = (error: unknown) => error instanceof Error && 'code' in error && error.code === 'EEXIST';

let box: SecretBox | undefined;

/** The process's secret box (the key is read once). */
export function secretBox(): SecretBox {
  box ??= createSecretBox(loadSecretsKey(env()));
  return box;
}
