import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { createSecretBox, loadSecretsKey, SecretBoxError } from './secret-box';

const key = () => randomBytes(32);

describe('secret box (AES-256-GCM)', () => {
  it('round-trips text, with a fresh IV each time', () => {
    const box = createSecretBox(key());
    const secret = 'api-key-ünïcode-🔑';
    const a = box.seal(secret);
    const b = box.seal(secret);
    expect(a).not.toBe(b);
    expect(a).not.toContain(secret);
    expect(box.open(a)).toBe(secret);
    expect(box.open(b)).toBe(secret);
    expect(box.open(box.seal(''))).toBe('');
  });

  it('detects a changed ciphertext, IV or tag', () => {
    const box = createSecretBox(key());
    const [v, iv, tag, body] = box.seal('the token').split('.') as [string, string, string, string];
    const flip = (part: string) => {
      const bytes = Buffer.from(part, 'base64url');
      bytes[0]! ^= 1;
      return bytes.toString('base64url');
    };
    for (const tampered of [[v, iv, tag, flip(body)], [v, flip(iv), tag, body], [v, iv, flip(tag), body]]) {
      expect(() => box.open(tampered.join('.'))).toThrow(/cannot be decrypted/);
    }
    expect(() => box.open('not-sealed')).toThrow(SecretBoxError);
  });

  it('refuses with a clear message under a different key', () => {
    const sealed = createSecretBox(key()).seal('the token');
    expect(() => createSecretBox(key()).open(sealed)).toThrow(/encrypted with another key \(SECRETS_KEY changed/);
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
