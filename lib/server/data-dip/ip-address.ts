// IP addresses as bytes, in the forms a resolver returns and the URL parser writes: dotted
// decimal IPv4 (exactly four parts, no leading zeros — an odd form is normalised by the URL
// parser or by the resolver before it gets here) and IPv6 with `::`, an IPv4 tail and a zone.

export type IpBytes = { family: 4 | 6; bytes: Uint8Array };

const ipv4Part = /^(0|[1-9]\d{0,2})$/;
const ipv6Group = /^[0-9a-fA-F]{1,4}$/;

export function parseIpv4(text: string): Uint8Array | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  const bytes = new Uint8Array(4);
  for (const [i, part] of parts.entries()) {
    if (!ipv4Part.test(part) || Number(part) > 255) return null;
    bytes[i] = Number(part);
  }
  return bytes;
}

export function parseIpv6(input: string): Uint8Array | null {
  let text = input.startsWith('[') && input.endsWith(']') ? input.slice(1, -1) : input;
  const zone = text.indexOf('%');
  if (zone >= 0) text = text.slice(0, zone);
  const lastColon = text.lastIndexOf(':');
  if (lastColon < 0) return null;
  if (text.includes('.', lastColon)) {
    // ::ffff:127.0.0.1 — the IPv4 tail is the last two groups.
    const v4 = parseIpv4(text.slice(lastColon + 1));
    if (!v4) return null;
    text = `${text.slice(0, lastColon + 1)}${((v4[0]! << 8) | v4[1]!).toString(16)}:${((v4[2]! << 8) | v4[3]!).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const groupsOf = (half: string) => (half === '' ? [] : half.split(':'));
  const head = groupsOf(halves[0]!);
  const tail = halves.length === 2 ? groupsOf(halves[1]!) : [];
  const groups = halves.length === 2 ? [...head, ...Array<string>(8 - head.length - tail.length).fill('0'), ...tail] : head;
  if (groups.length !== 8 || (halves.length === 2 && head.length + tail.length > 7) || !groups.every((g) => ipv6Group.test(g))) return null;
  const bytes = new Uint8Array(16);
  groups.forEach((group, i) => {
    const value = parseInt(group, 16);
    bytes[i * 2] = value >> 8;
    bytes[i * 2 + 1] = value & 0xff;
  });
  return bytes;
}

/** Either family, or null when the text is not an address (a host name). */
export function parseIp(text: string): IpBytes | null {
  const v4 = parseIpv4(text);
  if (v4) return { family: 4, bytes: v4 };
  const v6 = text.includes(':') ? parseIpv6(text) : null;
  return v6 ? { family: 6, bytes: v6 } : null;
}

/** One key per address, whatever its spelling (::1 and 0:0:0:0:0:0:0:1 are the same). */
export function addressKey(ip: IpBytes): string {
  return `${ip.family}:${Buffer.from(ip.bytes).toString('hex')}`;
}

/** Whether the first `prefix` bits of `bytes` are those of `network`. */
export function inPrefix(bytes: Uint8Array, network: Uint8Array, prefix: number): boolean {
  for (let bit = 0; bit < prefix; bit += 8) {
    const take = Math.min(8, prefix - bit);
    const mask = (0xff << (8 - take)) & 0xff;
    if ((bytes[bit / 8]! & mask) !== (network[bit / 8]! & mask)) return false;
  }
  return true;
}
