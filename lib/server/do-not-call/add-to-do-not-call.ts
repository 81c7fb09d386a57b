import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import type { AddToDoNotCallInput, DoNotCallSource } from '@/lib/do-not-call/do-not-call-input';
import { AppError } from '@/lib/http/app-error';
import { auditActorOf, recordAudit } from '@/lib/server/audit/record-audit';
import { doNotCallSelect, withAddedByLabels } from './do-not-call-entry';

/**
 * Adds a number by hand. A number already on the list keeps its first entry (who, when, why,
 * and a caller's opt-out stays an opt-out): answered with that entry and `added: false`, and
 * nothing is recorded, since nothing changed.
 */
export async function addToDoNotCall(actor: Actor & { ip?: string | null }, input: AddToDoNotCallInput) {
  const { number } = input;
  const reason = input.reason || null;
  const result = await db.$transaction(async (tx) => {
    // INSERT … ON CONFLICT DO NOTHING: a concurrent add of the same number is not an error either.
    const [created] = await tx.doNotCall.createManyAndReturn({
      data: [{ number, source: 'manual' satisfies DoNotCallSource, reason, addedBy: actor.id }],
      skipDuplicates: true,
      select: doNotCallSelect,
    });
    if (!created) {
      const existing = await tx.doNotCall.findUnique({ where: { number }, select: doNotCallSelect });
      if (!existing) throw new AppError('conflict', `${number} was removed from the list while it was being added: add it again`);
      return { added: false, row: existing };
    }
    await recordAudit(
      auditActorOf(actor),
      {
        action: 'dnc.add',
        target: { type: 'number', id: number },
        summary: `Added ${number} to the do-not-call list${reason ? `: “${reason}”` : ''}`,
        details: { reason },
      },
      tx,
    );
    return { added: true, row: created };
  });
  const [entry] = await withAddedByLabels([result.row]);
  return { added: result.added, entry: entry! };
}
