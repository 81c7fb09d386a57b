import { describe, expect, it } from 'vitest';
import { requestOrigin } from './request-origin';

const headers = (values: Record<string, string>) => new Headers(values);

describe('requestOrigin', () => {
  const attack = headers({ host: '127.0.0.1:3000', 'x-forwarded-host': 'attacker.example', 'x-forwarded-proto': 'https' });

  it('ignores X-Forwarded-Host and -Proto without TRUST_PROXY', () => {
    expect(requestOrigin(attack, false)).toBe('http://127.0.0.1:3000');
  });

  it('believes the proxy’s first forwarded host and proto with TRUST_PROXY', () => {
    const proxied = headers({ host: 'app:3000', 'x-forwarded-host': 'ivr.example.com, inner', 'x-forwarded-proto': 'https,http' });
    expect(requestOrigin(proxied, true)).toBe('https://ivr.example.com');
  });

  it('falls back to localhost with no Host at all', () => {
    expect(requestOrigin(headers({}), false)).toBe('http://localhost');
  });
});
