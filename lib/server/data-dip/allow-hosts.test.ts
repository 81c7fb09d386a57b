import { describe, expect, it } from 'vitest';
import { normalizeAllowHost } from './allow-hosts';

describe('normalizeAllowHost', () => {
  it.each([
    ['api.example.com', 'api.example.com'],
    ['  API.Example.COM.  ', 'api.example.com'],
    ['localhost', 'localhost'],
    ['10.0.0.5', '10.0.0.5'],
    ['2130706433', '127.0.0.1'],
    ['0x7f.1', '127.0.0.1'],
    ['0177.0.0.1', '127.0.0.1'],
    ['::1', '::1'],
    ['[::1]', '::1'],
    ['0:0:0:0:0:0:0:1', '::1'],
    ['::ffff:127.0.0.1', '::ffff:7f00:1'],
    ['bücher.example', 'xn--bcher-kva.example'],
  ])('%j → %j', (entry, host) => {
    expect(normalizeAllowHost(entry)).toEqual({ host });
  });

  it.each([
    ['', /empty/],
    ['https://api.example.com', /no scheme, port, path or wildcard/],
    ['api.example.com/path', /no scheme, port, path or wildcard/],
    ['*.example.com', /wildcard/],
    ['user@host', /no scheme/],
    ['api.example.com:8443', /without a port/],
    ['[::1]:8443', /without a port/],
    ['10.0.0.0/8', /no scheme, port, path/],
    ['1::2::3', /not a host name or an IP address/],
    ['a b', /no scheme/],
    ['x'.repeat(254), /longer than 253/],
  ])('refuses %j', (entry, why) => {
    const result = normalizeAllowHost(entry);
    expect('problem' in result && result.problem).toMatch(why);
  });
});
