import 'server-only';
import { db } from '@/lib/db';
import { AppError } from '@/lib/http/app-error';
import { recordAudit, type AuditActor } from '@/lib/server/audit/record-audit';
import type { RenameFlowInput } from './flow-input';

/** Renames a flow; the draft and its revision are left alone, so an open editor keeps saving. */
export async function renameFlow(id: string, input: RenameFlowInput, actor: AuditActor) {
  return db.$transaction(async (tx) => {
    const before = await tx.flow.findUnique({ where: { id }, select: { name: true } });
    const updated = await tx.flow.updateMany({ where: { id }, data: { name: input.name } });
    if (!before || updated.count === 0) throw new AppError('not_found', `No flow with id ${id}`);
    await recordAudit(
      actor,
      { action: 'flow.rename', target: { type: 'flow', id }, summary: `Renamed flow "${before.name}" to "${input.name}"`, details: { from: before.name, to: input.name } },
      tx,
    );
    return { id, name: input.name };
  });
}
