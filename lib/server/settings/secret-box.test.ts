import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createCipheriv, randomBytes } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { createSecretBox, loadSecretsKey, SecretBoxError } from './secret-box';

const key = () => randomBytes(32);

/** A value as the previous version sealed it: "v1.<iv>.<tag>.<data>", no associated data. */
function sealV1(key: Buffer, plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
}

describe('secret box (AES-256-GCM)', () => {
  it('round-trips text, with a fresh IV each time', () => {
    const box = createSecretBox(key());
    const secret = 'api-key-ünïcode-🔑';
    const a = box.seal(secret, 'voice.apiKey');
    const b = box.seal(secret, 'voice.apiKey');
    expect(a).not.toBe(b);
    expect(a).not.toContain(secret);
    expect(a.startsWith('v2.')).toBe(true);
    expect(box.open(a, 'voice.apiKey')).toBe(secret);
    expect(box.open(b, 'voice.apiKey')).toBe(secret);
    expect(box.open(box.seal('', 'x'), 'x')).toBe('');
  });

  it('refuses a value copied under another setting’s name (the name is associated data)', () => {
    const box = createSecretBox(key());
    // The attack: someone who can write app_setting but not read the key copies the
    // API key's sealed value into webhook.token, to make the app use it as that.
    const apiKey = box.seal('the 8x8 api key', 'voice.apiKey');
    expect(() => box.open(apiKey, 'webhook.token')).toThrow(/copied from another setting/);
    expect(() => box.open(apiKey, 'webhook.previousToken')).toThrow(SecretBoxError);
    expect(box.open(apiKey, 'voice.apiKey')).toBe('the 8x8 api key');
  });

  it('refuses a v2 value relabelled as v1 (which would skip the name check)', () => {
    const box = createSecretBox(key());
    const relabelled = box.seal('the token', 'webhook.token').replace(/^v2\./, 'v1.');
    expect(() => box.open(relabelled, 'webhook.token')).toThrow(/cannot be decrypted/);
  });

  it('still opens a v1 value sealed before names were bound, under any name', () => {
    const k = key();
    const old = sealV1(k, 'stored in 2026');
    expect(createSecretBox(k).open(old, 'voice.apiKey')).toBe('stored in 2026');
    expect(() => createSecretBox(key()).open(old, 'voice.apiKey')).toThrow(/another key/);
  });

  it('detects a changed ciphertext, IV or tag', () => {
    const box = createSecretBox(key());
    const [v, iv, tag, body] = box.seal('the token', 'n').split('.') as [string, string, string, string];
    const flip = (part: string) => {
      const bytes = Buffer.from(part, 'base64url');
      bytes[0]! ^= 1;
      return bytes.toString('base64url');
    };
    for (const tampered of [[v, iv, tag, flip(body)], [v, flip(iv), tag, body], [v, iv, flip(tag), body]]) {
      expect(() => box.open(tampered.join('.'), 'n')).toThrow(/cannot be decrypted/);
    }
    expect(() => box.open('not-sealed', 'n')).toThrow(SecretBoxError);
    expect(() => box.open('v3.a.b.c', 'n')).toThrow(/format/);
  });

  it('refuses with a clear message under a different key', () => {
    const sealed = createSecretBox(key()).seal('the token', 'n');
    expect(() => createSecretBox(key()).open(sealed, 'n')).toThrow(/encrypted with another key \(SECRETS_KEY changed/);
  });

  it('refuses a key that is not 32 bytes', () => {
    expect(() => createSecretBox(randomBytes(16))).toThrow(/32 bytes/);
  });
});

describe('loadSecretsKey', () => {
  it('prefers SECRETS_KEY', () => {
    const k = key();
    expect(loadSecretsKey({ SECRETS_KEY: k, DATA_DIR: '/nonexistent' })).toBe(k);
  });

  it('creates <DATA_DIR>/secrets.key once (mode 0600, logged once) and reuses it', () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'secrets-')), 'nested');
    const log = vi.fn();
    const first = loadSecretsKey({ DATA_DIR: dir }, log);
    const again = loadSecretsKey({ DATA_DIR: dir }, log);
    expect(first.length).toBe(32);
    expect(again.equals(first)).toBe(true);
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]![0]).toMatch(/set SECRETS_KEY in production/);
    const file = path.join(dir, 'secrets.key');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(Buffer.from(readFileSync(file, 'utf8').trim(), 'base64').equals(first)).toBe(true);
  });
});
