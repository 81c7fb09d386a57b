import type { LookupAddress } from 'node:dns';
import { describe, expect, it } from 'vitest';
import { addressRefusal, guardedLookup, guardPolicy, literalRefusal, RefusedHostError, type AddressResolver } from './ssrf-guard';

// Each refused range with an address at its start, inside and at its end, and the public
// addresses just outside it; then the forms a URL can spell an address in.

const refused: Array<[string, RegExp]> = [
  ['0.0.0.0', /"this network"/],
  ['0.255.255.255', /"this network"/],
  ['10.0.0.1', /private.*10\.0\.0\.0\/8/],
  ['10.255.255.255', /private/],
  ['100.64.0.1', /carrier-grade NAT/],
  ['100.127.255.254', /carrier-grade NAT/],
  ['127.0.0.1', /loopback.*127\.0\.0\.0\/8/],
  ['127.255.255.254', /loopback/],
  ['169.254.169.254', /link-local \(cloud metadata\)/],
  ['172.16.0.1', /private.*172\.16\.0\.0\/12/],
  ['172.31.255.255', /private/],
  ['192.0.0.8', /IETF protocol/],
  ['192.0.2.10', /documentation/],
  ['192.168.1.1', /private.*192\.168\.0\.0\/16/],
  ['198.18.0.1', /benchmarking/],
  ['198.19.255.255', /benchmarking/],
  ['198.51.100.7', /documentation/],
  ['203.0.113.9', /documentation/],
  ['224.0.0.251', /multicast/],
  ['239.255.255.250', /multicast/],
  ['240.0.0.1', /reserved/],
  ['255.255.255.254', /reserved/],
  ['255.255.255.255', /broadcast/],
  ['::', /unspecified/],
  ['::1', /loopback/],
  ['0:0:0:0:0:0:0:1', /loopback/],
  ['::7f00:1', /IPv4-compatible/],
  ['fc00::1', /unique local/],
  ['fd12:3456:789a::1', /unique local/],
  ['fe80::1', /link-local/],
  ['fe80::1%eth0', /link-local/],
  ['febf:ffff::1', /link-local/],
  ['fec0::1', /site-local/],
  ['ff02::1', /multicast/],
  ['2001:db8::1', /documentation/],
  ['2001:db8:ffff::1', /documentation/],
  ['::ffff:127.0.0.1', /IPv4-mapped address of 127\.0\.0\.1, a loopback/],
  ['::ffff:7f00:1', /IPv4-mapped address of 127\.0\.0\.1/],
  ['::ffff:a9fe:a9fe', /IPv4-mapped address of 169\.254\.169\.254/],
  ['::ffff:0:10.0.0.1', /IPv4-translated address of 10\.0\.0\.1/],
  ['64:ff9b::10.1.2.3', /NAT64 address of 10\.1\.2\.3, a private/],
  ['64:ff9b::7f00:1', /NAT64 address of 127\.0\.0\.1/],
  ['64:ff9b:1::1', /local-use NAT64/],
  ['2002:7f00:1::', /6to4 address of 127\.0\.0\.1/],
  ['2002:c0a8:0101::1', /6to4 address of 192\.168\.1\.1/],
];

const allowed = [
  '1.1.1.1',
  '8.8.8.8',
  '9.255.255.255',
  '11.0.0.0',
  '100.63.255.255',
  '100.128.0.0',
  '126.255.255.255',
  '128.0.0.0',
  '169.253.255.255',
  '169.255.0.0',
  '172.15.255.255',
  '172.32.0.0',
  '192.0.1.1',
  '192.0.3.1',
  '192.167.255.255',
  '192.169.0.0',
  '198.17.255.255',
  '198.20.0.0',
  '198.51.99.255',
  '203.0.114.0',
  '223.255.255.255',
  '2606:4700:4700::1111',
  '2001:4860:4860::8888',
  '2001:db9::1',
  'fbff::1',
  'fe00::1',
  '::ffff:8.8.8.8',
  '64:ff9b::8.8.8.8',
  '2002:0808:0808::1',
];

describe('addressRefusal', () => {
  it.each(refused)('refuses %s', (address, why) => {
    expect(addressRefusal(address)).toMatch(why);
  });

  it.each(allowed)('allows %s', (address) => {
    expect(addressRefusal(address)).toBeNull();
  });

  it('is not about host names (those are judged by what they resolve to)', () => {
    expect(addressRefusal('example.com')).toBeNull();
  });
});

const policy = (allowHosts: string[] = [], resolve?: AddressResolver) => guardPolicy(allowHosts, resolve);

describe('literalRefusal: a literal IP in a URL, in whatever form the URL parser reads it', () => {
  it.each([
    ['http://127.0.0.1/', '127.0.0.1'],
    ['http://2130706433/', '127.0.0.1'], // decimal
    ['http://0x7f000001/', '127.0.0.1'], // hex
    ['http://0177.0.0.1/', '127.0.0.1'], // octal
    ['http://0x7f.1/', '127.0.0.1'], // short form, hex
    ['http://127.1/', '127.0.0.1'], // short form
    ['http://127.0.0.1./', '127.0.0.1'], // final dot
    ['http://0/', '0.0.0.0'],
    ['http://0xa9fea9fe/', '169.254.169.254'],
    ['http://012.1.2.3/', '10.1.2.3'],
    ['http://127.000.000.1/', '127.0.0.1'],
    ['http://0x7f.0x0.0x0.0x1/', '127.0.0.1'],
    ['http://192.168.1/', '192.168.0.1'],
    ['http://[::1]/', '::1'],
    ['http://[::ffff:127.0.0.1]/', '::ffff:7f00:1'],
    ['http://[0:0:0:0:0:ffff:a9fe:a9fe]/', '::ffff:a9fe:a9fe'],
    ['http://[fe80::1]:8080/', 'fe80::1'],
  ])('refuses %s (read as %s)', (url, address) => {
    expect(literalRefusal(new URL(url), policy())).toMatch(new RegExp(`^refused: ${address.replace(/\./g, '\\.')} is not allow-listed and is `));
  });

  it('lets names through (the lookup judges them) and public literals', () => {
    expect(literalRefusal(new URL('http://localhost/'), policy())).toBeNull();
    expect(literalRefusal(new URL('http://8.8.8.8/'), policy())).toBeNull();
    expect(literalRefusal(new URL('http://134744072/'), policy())).toBeNull(); // 8.8.8.8
  });

  it('allows an allow-listed address, however either side spells it — and only it', () => {
    expect(literalRefusal(new URL('http://2130706433/'), policy(['127.0.0.1']))).toBeNull();
    expect(literalRefusal(new URL('http://127.0.0.1/'), policy(['0x7f.1']))).toBeNull();
    expect(literalRefusal(new URL('http://[::1]/'), policy(['0:0:0:0:0:0:0:1']))).toBeNull();
    expect(literalRefusal(new URL('http://127.0.0.2/'), policy(['127.0.0.1']))).toMatch(/refused/);
    expect(literalRefusal(new URL('http://[::ffff:127.0.0.1]/'), policy(['127.0.0.1']))).toMatch(/refused/);
    expect(literalRefusal(new URL('http://127.0.0.1/'), policy(['localhost']))).toMatch(/refused/);
  });
});

type Looked = { error: NodeJS.ErrnoException | null; address: string | LookupAddress[]; family?: number };

function lookUp(hostname: string, allowHosts: string[], answers: LookupAddress[], all = true): Promise<Looked> {
  const lookup = guardedLookup(policy(allowHosts, async () => answers));
  return new Promise((resolve) => lookup(hostname, { all, family: 0 }, (error, address, family) => resolve({ error, address, family })));
}

describe('guardedLookup: the address connected to is the address checked', () => {
  it('refuses a name that resolves only to private addresses, saying which and why', async () => {
    const { error } = await lookUp('intranet.example', [], [{ address: '10.1.2.3', family: 4 }]);
    expect(error).toBeInstanceOf(RefusedHostError);
    expect(error?.message).toBe('refused: intranet.example is not allow-listed and resolves to 10.1.2.3, a private address (10.0.0.0/8)');
  });

  it('keeps only the public addresses of a name that has both', async () => {
    const answers = [
      { address: '127.0.0.1', family: 4 },
      { address: '93.184.216.34', family: 4 },
      { address: '::1', family: 6 },
    ];
    expect(await lookUp('mixed.example', [], answers)).toMatchObject({ error: null, address: [{ address: '93.184.216.34', family: 4 }] });
    expect(await lookUp('mixed.example', [], answers, false)).toMatchObject({ error: null, address: '93.184.216.34', family: 4 });
  });

  it('lets an allow-listed name reach any address, in any letter case or with a final dot', async () => {
    const answers = [{ address: '10.0.0.5', family: 4 }];
    for (const host of ['api.internal', 'API.Internal', 'api.internal.']) {
      expect(await lookUp(host, ['api.internal'], answers)).toMatchObject({ error: null, address: answers });
    }
    expect((await lookUp('other.internal', ['api.internal'], answers)).error).toBeInstanceOf(RefusedHostError);
    expect((await lookUp('sub.api.internal', ['api.internal'], answers)).error).toBeInstanceOf(RefusedHostError);
  });

  it('lets any name reach an allow-listed address, and no other private one', async () => {
    expect(await lookUp('whatever.example', ['10.0.0.5'], [{ address: '10.0.0.5', family: 4 }])).toMatchObject({ error: null });
    expect((await lookUp('whatever.example', ['10.0.0.5'], [{ address: '10.0.0.6', family: 4 }])).error).toBeInstanceOf(RefusedHostError);
  });

  it('passes a resolver failure on as it is', async () => {
    const failing = guardedLookup(policy([], async () => Promise.reject(Object.assign(new Error('getaddrinfo ENOTFOUND nope.invalid'), { code: 'ENOTFOUND' }))));
    const error = await new Promise((resolve) => failing('nope.invalid', { all: true }, (e) => resolve(e)));
    expect(error).toMatchObject({ code: 'ENOTFOUND' });
  });

  it('refuses localhost through the real resolver', async () => {
    const lookup = guardedLookup(policy());
    const error = await new Promise((resolve) => lookup('localhost', { all: true }, (e) => resolve(e)));
    expect(error).toBeInstanceOf(RefusedHostError);
    expect((error as Error).message).toMatch(/^refused: localhost is not allow-listed and resolves to (127\.0\.0\.1|::1), a loopback address/);
  });
});
