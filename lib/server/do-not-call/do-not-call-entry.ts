import 'server-only';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';

// A do-not-call entry as the API, the page and the export show it: who added it by name,
// not by id (added_by keeps the user's or token's id, which outlives a renamed token).

export const doNotCallSelect = {
  number: true,
  source: true,
  reason: true,
  addedAt: true,
  addedBy: true,
  sessionId: true,
} satisfies Prisma.DoNotCallSelect;

export type DoNotCallRow = Prisma.DoNotCallGetPayload<{ select: typeof doNotCallSelect }>;
export type DoNotCallEntry = DoNotCallRow & { addedByLabel: string | null };

/** The clients the writers take: db, or the transaction of a change they join. */
export type DoNotCallClient = Pick<Prisma.TransactionClient, 'doNotCall' | 'auditEntry'>;

/** Rows with who added them: a user's email, `token “name”`, the id when neither exists any more, null for a caller. */
export async function withAddedByLabels(rows: DoNotCallRow[]): Promise<DoNotCallEntry[]> {
  const ids = [...new Set(rows.flatMap((row) => (row.addedBy ? [row.addedBy] : [])))];
  const labels = new Map<string, string>();
  if (ids.length > 0) {
    const [users, tokens] = await Promise.all([
      db.user.findMany({ where: { id: { in: ids } }, select: { id: true, email: true } }),
      db.apiToken.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
    ]);
    for (const user of users) labels.set(user.id, user.email);
    for (const token of tokens) labels.set(token.id, `token “${token.name}”`);
  }
  return rows.map((row) => ({ ...row, addedByLabel: row.addedBy ? (labels.get(row.addedBy) ?? row.addedBy) : null }));
}
