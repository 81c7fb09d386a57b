import { parseIp } from './ip-address';

// The hosts an admin lets data dips reach although they are private (an API on the office
// network, a test server on 127.0.0.1). Exact host names or IP addresses only: a wildcard
// or a range would let a flow's URL reach more than the admin looked at. Each entry is
// written the way the URL parser reads a URL's host, so "0x7f.1", "2130706433" and
// "127.0.0.1" are one entry, and "[::1]" and "::1" another.

export const allowHostLimits = { entries: 100, chars: 253 } as const;

export type NormalizedHost = { host: string } | { problem: string };

export function normalizeAllowHost(entry: string): NormalizedHost {
  const text = entry.trim().toLowerCase();
  const example = 'e.g. api.example.com, 10.0.0.5 or ::1';
  if (!text) return { problem: `An entry is empty: write a host name or an IP address, ${example}` };
  if (text.length > allowHostLimits.chars) return { problem: `"${text.slice(0, 40)}…" is longer than ${allowHostLimits.chars} characters` };
  if (/[\s/\\@?#*]/.test(text) || text.includes('://')) {
    return { problem: `"${text}": write only a host name or an IP address (no scheme, port, path or wildcard), ${example}` };
  }
  if (/^[^:[\]]+:\d*$/.test(text)) return { problem: `"${text}": write the host without a port (every port of an allowed host is allowed)` };
  const bracketed = text.includes(':') && !text.startsWith('[') ? `[${text}]` : text;
  let url: URL;
  try {
    url = new URL(`http://${bracketed}/`);
  } catch {
    return { problem: `"${text}" is not a host name or an IP address, ${example}` };
  }
  if (url.port || url.pathname !== '/') return { problem: `"${text}": write the host without a port (every port of an allowed host is allowed)` };
  const host = url.hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '');
  if (!host || (host.includes(':') && !parseIp(host))) return { problem: `"${text}" is not a host name or an IP address, ${example}` };
  return { host };
}
