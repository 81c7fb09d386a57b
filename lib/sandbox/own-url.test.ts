import { describe, expect, it } from 'vitest';
import { isUnderBase } from './own-url';

describe('isUnderBase', () => {
  const base = 'http://127.0.0.1:3000';

  it('accepts this app’s own URLs', () => {
    expect(isUnderBase('http://127.0.0.1:3000/api/webhooks/8x8/vca', base)).toBe(true);
    expect(isUnderBase('https://ivr.example.com/ivr/api/webhooks/8x8/vca', 'https://ivr.example.com/ivr/')).toBe(true);
  });

  it('refuses another host, port, scheme, path or a URL that only looks alike', () => {
    for (const url of [
      'http://127.0.0.1:3001/api/webhooks/8x8/vca',
      'http://localhost:3000/api/webhooks/8x8/vca',
      'https://127.0.0.1:3000/api/webhooks/8x8/vca',
      'http://127.0.0.1:3000.attacker.example/x',
      'http://127.0.0.1:3000@attacker.example/x',
      'http://user:pass@127.0.0.1:3000/x',
      'not a url',
    ]) {
      expect(isUnderBase(url, base), url).toBe(false);
    }
    expect(isUnderBase('https://ivr.example.com/ivr-other/x', 'https://ivr.example.com/ivr')).toBe(false);
  });
});
