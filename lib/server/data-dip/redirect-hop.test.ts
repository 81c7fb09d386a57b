import { describe, expect, it } from 'vitest';
import type { DataDipRequest } from '@/lib/data-dip/data-dip-request';
import { firstHop, nextHop, type Hop } from './redirect-hop';

const secrets: DataDipRequest['secrets'] = { values: [{ name: 'K', value: 'k-value' }], headerNames: ['X-Api-Key'], inBody: false };

const hop = (over: Partial<DataDipRequest> = {}): Hop =>
  firstHop({
    method: 'POST',
    url: 'https://api.example.com/start',
    headers: { Authorization: 'Bearer t', Cookie: 'c=1', 'X-Api-Key': 'k-value', 'X-Plain': 'p', 'Content-Type': 'application/json' },
    body: '{"a":1}',
    ...over,
  });

const next = (from: Hop, status: number, location: string, s = secrets) => {
  const result = nextHop(from, status, location, s);
  if ('error' in result) throw new Error(result.error);
  return result;
};

describe('nextHop', () => {
  it('keeps every header and the body on a same-origin 307/308', () => {
    for (const status of [307, 308]) {
      const to = next(hop(), status, '/moved');
      expect(to.url.href).toBe('https://api.example.com/moved');
      expect(to).toMatchObject({ method: 'POST', body: '{"a":1}', headers: hop().headers });
    }
  });

  it('drops credentials and secret headers when the origin changes: another host, another port, or http after https', () => {
    for (const location of ['https://other.example.com/x', 'https://api.example.com:8443/x', 'http://api.example.com/x']) {
      const to = next(hop(), 307, location);
      expect(Object.keys(to.headers).sort(), location).toEqual(['Content-Type', 'X-Plain']);
    }
    // Whatever the letter case the flow wrote them in.
    const lower = next(hop({ headers: { authorization: 'x', 'x-api-key': 'k-value', cookie: 'c' } }), 302, 'https://other.example.com/');
    expect(lower.headers).toEqual({});
  });

  it('continues as a GET without the body after a 303, and after a 301/302 to a POST', () => {
    for (const status of [301, 302, 303]) {
      const to = next(hop(), status, '/seen');
      expect(to.method).toBe('GET');
      expect(to.body).toBeUndefined();
      expect(to.headers['Content-Type']).toBeUndefined();
    }
    expect(next(hop({ method: 'PUT' }), 302, '/seen')).toMatchObject({ method: 'PUT', body: '{"a":1}' });
  });

  it('refuses to resend a body holding a secret to another origin', () => {
    const inBody = { ...secrets, inBody: true };
    expect(nextHop(hop(), 307, 'https://other.example.com/', inBody)).toEqual({
      error: 'redirect to another origin (https://other.example.com) refused: it would resend the body, which holds a secret',
    });
    expect(next(hop(), 307, '/same', inBody).body).toBe('{"a":1}');
    expect(next(hop(), 303, 'https://other.example.com/', inBody).body).toBeUndefined();
  });

  it('refuses schemes other than http and https', () => {
    expect(nextHop(hop(), 302, 'file:///etc/passwd', secrets)).toEqual({ error: 'redirect to file: refused: only http and https' });
    expect(nextHop(hop(), 302, 'gopher://x/', secrets)).toMatchObject({ error: expect.stringMatching(/gopher/) });
  });
});
