import 'server-only';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { normalizePhoneNumber } from '@/lib/phone-number';

/**
 * For dialers, right before they dial: which of these numbers are on the do-not-call list, in
 * one query however many are asked about. The answer holds the numbers as they were given
 * ("+65 9123 4567" is found as +6591234567, and answered as "+65 9123 4567"), so
 * `listed.has(number)` works with whatever the caller holds. Pass a transaction client to
 * read within the dialer's own transaction.
 */
export async function isOnDoNotCallList(numbers: readonly string[], client: Pick<Prisma.TransactionClient, 'doNotCall'> = db): Promise<Set<string>> {
  const byNormalised = new Map<string, string[]>();
  for (const given of numbers) {
    const normalised = normalizePhoneNumber(given);
    if (!normalised) continue;
    byNormalised.set(normalised, [...(byNormalised.get(normalised) ?? []), given]);
  }
  if (byNormalised.size === 0) return new Set();
  const rows = await client.doNotCall.findMany({ where: { number: { in: [...byNormalised.keys()] } }, select: { number: true } });
  return new Set(rows.flatMap((row) => byNormalised.get(row.number) ?? []));
}
