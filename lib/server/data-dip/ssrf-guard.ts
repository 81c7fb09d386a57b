import 'server-only';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import { addressKey, inPrefix, parseIp, parseIpv4, parseIpv6 } from './ip-address';
import { normalizeAllowHost } from './allow-hosts';

// No SSRF through a flow: a data dip may not reach this server's own network — private,
// loopback, link-local (cloud metadata at 169.254.169.254), multicast and reserved addresses —
// unless an admin allow-listed the host. The address is judged where the connection is
// made: http.request's `lookup` is ours, so the address checked is the address connected to
// (a DNS answer that changes between a check and the connect — rebinding — meets the check
// again), and a literal IP in a URL, which Node connects to without a lookup, is judged
// before connecting. Each redirect hop goes through both again.

type Range = { network: string; prefix: number; label: string };

const ipv4Refused: Range[] = [
  { network: '0.0.0.0', prefix: 8, label: '"this network"' },
  { network: '10.0.0.0', prefix: 8, label: 'private' },
  { network: '100.64.0.0', prefix: 10, label: 'shared (carrier-grade NAT)' },
  { network: '127.0.0.0', prefix: 8, label: 'loopback' },
  { network: '169.254.0.0', prefix: 16, label: 'link-local (cloud metadata)' },
  { network: '172.16.0.0', prefix: 12, label: 'private' },
  { network: '192.0.0.0', prefix: 24, label: 'IETF protocol' },
  { network: '192.0.2.0', prefix: 24, label: 'documentation' },
  { network: '192.168.0.0', prefix: 16, label: 'private' },
  { network: '198.18.0.0', prefix: 15, label: 'benchmarking' },
  { network: '198.51.100.0', prefix: 24, label: 'documentation' },
  { network: '203.0.113.0', prefix: 24, label: 'documentation' },
  { network: '224.0.0.0', prefix: 4, label: 'multicast' },
  // Before 240/4, which holds it: the more telling name.
  { network: '255.255.255.255', prefix: 32, label: 'broadcast' },
  { network: '240.0.0.0', prefix: 4, label: 'reserved' },
];

const ipv6Refused: Range[] = [
  { network: '::', prefix: 128, label: 'unspecified' },
  { network: '::1', prefix: 128, label: 'loopback' },
  // Deprecated IPv4-compatible addresses (::a.b.c.d): nothing public lives there.
  { network: '::', prefix: 96, label: 'IPv4-compatible (deprecated)' },
  { network: '64:ff9b:1::', prefix: 48, label: 'local-use NAT64' },
  { network: 'fc00::', prefix: 7, label: 'unique local (private)' },
  { network: 'fe80::', prefix: 10, label: 'link-local' },
  { network: 'fec0::', prefix: 10, label: 'site-local (deprecated)' },
  { network: 'ff00::', prefix: 8, label: 'multicast' },
  { network: '2001:db8::', prefix: 32, label: 'documentation' },
];

/** IPv6 ranges that carry an IPv4 address, judged by that address: where the packets end up. */
const ipv6Embedding: Array<Range & { v4At: number }> = [
  { network: '::ffff:0:0', prefix: 96, label: 'IPv4-mapped', v4At: 12 },
  { network: '::ffff:0:0:0', prefix: 96, label: 'IPv4-translated', v4At: 12 },
  { network: '64:ff9b::', prefix: 96, label: 'NAT64', v4At: 12 },
  { network: '2002::', prefix: 16, label: '6to4', v4At: 2 },
];

const compiled = <R extends Range>(ranges: R[], parse: (text: string) => Uint8Array | null) =>
  ranges.map((range) => ({ ...range, bytes: parse(range.network)! }));
const v4Ranges = compiled(ipv4Refused, parseIpv4);
const v6Ranges = compiled(ipv6Refused, parseIpv6);
const v6Embeddings = compiled(ipv6Embedding, parseIpv6);

/**
 * Why `address` may not be contacted — "a loopback address (127.0.0.0/8)", "an IPv4-mapped
 * address of 10.0.0.1, a private address (10.0.0.0/8)" — or null when it may.
 */
export function addressRefusal(address: string): string | null {
  const ip = parseIp(address);
  // Whatever Node would connect to as an address must be one we can judge: fail closed.
  if (!ip) return isIP(address) ? 'an address in a form that cannot be checked' : null;
  const described = (range: Range) => `${/^[aeiou]/i.test(range.label) ? 'an' : 'a'} ${range.label} address (${range.network}/${range.prefix})`;
  if (ip.family === 4) {
    const range = v4Ranges.find((r) => inPrefix(ip.bytes, r.bytes, r.prefix));
    return range ? described(range) : null;
  }
  for (const embedding of v6Embeddings) {
    if (!inPrefix(ip.bytes, embedding.bytes, embedding.prefix)) continue;
    const inner = [...ip.bytes.slice(embedding.v4At, embedding.v4At + 4)].join('.');
    const refusal = addressRefusal(inner);
    return refusal && `an ${embedding.label} address of ${inner}, ${refusal}`;
  }
  const range = v6Ranges.find((r) => inPrefix(ip.bytes, r.bytes, r.prefix));
  return range ? described(range) : null;
}

export type AddressResolver = (hostname: string, family: 0 | 4 | 6) => Promise<LookupAddress[]>;

const systemResolver: AddressResolver = (hostname, family) =>
  new Promise((resolve, reject) => dnsLookup(hostname, { all: true, family }, (error, addresses) => (error ? reject(error) : resolve(addresses))));

/** Allow-listed hosts by name, and allow-listed IP literals by address (whatever name leads there). */
export type GuardPolicy = { hosts: ReadonlySet<string>; addresses: ReadonlySet<string>; resolve: AddressResolver };

export function guardPolicy(allowHosts: readonly string[], resolve: AddressResolver = systemResolver): GuardPolicy {
  const hosts = new Set<string>();
  const addresses = new Set<string>();
  for (const entry of allowHosts) {
    const normal = normalizeAllowHost(entry);
    if (!('host' in normal)) continue;
    const ip = parseIp(normal.host);
    if (ip) addresses.add(addressKey(ip));
    else hosts.add(normal.host);
  }
  return { hosts, addresses, resolve };
}

/** A URL's host as the allow-list spells it: lower case, no brackets, no final dot. */
const hostKey = (hostname: string) => hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '').toLowerCase();

function refusalFor(address: string, policy: GuardPolicy): string | null {
  const ip = parseIp(address);
  if (ip && policy.addresses.has(addressKey(ip))) return null;
  return addressRefusal(address);
}

/** Thrown (through the lookup) when a host may not be contacted; its message says why and what to do. */
export class RefusedHostError extends Error {
  override readonly name = 'RefusedHostError';
  readonly code = 'EREFUSEDHOST';
}

/** For a URL whose host is an IP literal (Node connects to it without a lookup): why not, or null. */
export function literalRefusal(url: URL, policy: GuardPolicy): string | null {
  const host = hostKey(url.hostname);
  if (!isIP(host) && !parseIp(host)) return null;
  const refusal = refusalFor(host, policy);
  return refusal && `refused: ${host} is not allow-listed and is ${refusal}`;
}

/**
 * http.request's `lookup`: resolves with `policy.resolve`, then keeps only the addresses that
 * may be contacted (all of them for an allow-listed name); none left is a RefusedHostError.
 */
export function guardedLookup(policy: GuardPolicy): LookupFunction {
  return (hostname, options, callback) => {
    const host = hostKey(hostname);
    const family = options.family === 4 || options.family === 6 ? options.family : 0;
    policy.resolve(hostname, family).then(
      (addresses) => {
        const usable = policy.hosts.has(host) ? addresses : addresses.filter((a) => refusalFor(a.address, policy) === null);
        const first = usable[0];
        if (!first) {
          const refused = addresses.find((a) => refusalFor(a.address, policy) !== null);
          const why = refused
            ? `refused: ${host} is not allow-listed and resolves to ${refused.address}, ${refusalFor(refused.address, policy)}`
            : `${host} has no address`;
          callback(new RefusedHostError(why), options.all ? [] : '', undefined);
          return;
        }
        if (options.all) callback(null, usable);
        else callback(null, first.address, first.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, options.all ? [] : '', undefined),
    );
  };
}
