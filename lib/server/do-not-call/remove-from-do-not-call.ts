import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import type { RemoveFromDoNotCallInput } from '@/lib/do-not-call/do-not-call-input';
import { AppError } from '@/lib/http/app-error';
import { auditActorOf, recordAudit } from '@/lib/server/audit/record-audit';
import { doNotCallSelect } from './do-not-call-entry';

/**
 * Removes a number: campaigns may call it again from their next dial. The row is deleted; the
 * audit entry keeps the number, who removed it and why, and the entry as it was (its source,
 * reason, who added it and when, the call a caller opted out in).
 */
export async function removeFromDoNotCall(actor: Actor & { ip?: string | null }, number: string, input: RemoveFromDoNotCallInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const entry = await tx.doNotCall.findUnique({ where: { number }, select: doNotCallSelect });
    // Two people removing at once: the second delete waits for the first, then finds nothing.
    const removed = await tx.doNotCall.deleteMany({ where: { number } });
    if (!entry || removed.count === 0) throw new AppError('not_found', `${number} is not on the do-not-call list`);
    await recordAudit(
      auditActorOf(actor),
      {
        action: 'dnc.remove',
        target: { type: 'number', id: number },
        summary: `Removed ${number} from the do-not-call list: “${input.reason}”`,
        details: {
          reason: input.reason,
          entry: { source: entry.source, reason: entry.reason, addedAt: entry.addedAt.toISOString(), addedBy: entry.addedBy, sessionId: entry.sessionId },
        },
      },
      tx,
    );
  });
}
