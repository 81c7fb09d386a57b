import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import { AppError } from '@/lib/http/app-error';
import { isE164, normalizePhoneNumber } from '@/lib/phone-number';
import { recordAudit, type AuditActor } from '@/lib/server/audit/record-audit';

export const numberParam = z
  .string()
  .refine(isE164, 'number must be a phone number in E.164 format, e.g. +6568332048')
  .transform(normalizePhoneNumber);

/** Stops routing a number: calls to it then hear the unknown-number apology. */
export async function unrouteNumber(number: string, actor: AuditActor): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await tx.phoneNumber.findUnique({ where: { number }, select: { flow: { select: { id: true, name: true } } } });
    const removed = await tx.phoneNumber.deleteMany({ where: { number } });
    if (!before || removed.count === 0) throw new AppError('not_found', `${number} is not routed to any flow`);
    await recordAudit(
      actor,
      {
        action: 'number.unroute',
        target: { type: 'number', id: number },
        summary: `Unrouted ${number} from "${before.flow.name}"`,
        details: { flowId: before.flow.id, flowName: before.flow.name },
      },
      tx,
    );
  });
}
