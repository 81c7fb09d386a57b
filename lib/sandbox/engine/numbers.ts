import { normalizePhoneNumber } from '@/lib/phone-number';

// What 8x8 says about a number in its payloads: country code and, for the
// subaccount's own virtual numbers, a reference id.

const prefixes: Array<[string, string]> = [
  ['65', 'SG'], ['60', 'MY'], ['62', 'ID'], ['63', 'PH'], ['66', 'TH'], ['84', 'VN'], ['852', 'HK'],
  ['86', 'CN'], ['81', 'JP'], ['82', 'KR'], ['91', 'IN'], ['94', 'LK'], ['61', 'AU'], ['64', 'NZ'],
  ['44', 'GB'], ['45', 'DK'], ['49', 'DE'], ['33', 'FR'], ['34', 'ES'], ['39', 'IT'], ['31', 'NL'],
  ['1', 'US'],
];
// Longest prefix first, so 852 wins over 85x.
prefixes.sort((a, b) => b[0].length - a[0].length);

export function countryOf(number: string): string | null {
  const digits = normalizePhoneNumber(number).slice(1);
  return prefixes.find(([prefix]) => digits.startsWith(prefix))?.[1] ?? null;
}

/** The reference id of one of the subaccount's virtual numbers, null for anyone else's. */
export function virtualNumberRef(number: string, owned: readonly string[]): string | null {
  const wanted = normalizePhoneNumber(number);
  return owned.some((n) => normalizePhoneNumber(n) === wanted) ? `sandbox-vn-${wanted.slice(1)}` : null;
}
