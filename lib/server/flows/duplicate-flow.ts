import 'server-only';
import { db } from '@/lib/db';
import { loadFlowDocument } from '@/lib/flow/document';
import { AppError } from '@/lib/http/app-error';
import { recordAudit, type AuditActor } from '@/lib/server/audit/record-audit';
import type { DuplicateFlowInput } from './flow-input';

const maxName = 120;

/** A new, unpublished flow whose draft is a copy of this flow's draft (no versions, no numbers). */
export async function duplicateFlow(id: string, input: DuplicateFlowInput, actor: AuditActor) {
  return db.$transaction(async (tx) => {
    const source = await tx.flow.findUnique({ where: { id }, select: { name: true, draft: true } });
    if (!source) throw new AppError('not_found', `No flow with id ${id}`);
    const name = input.name ?? `Copy of ${source.name}`.slice(0, maxName);
    const copy = await tx.flow.create({
      data: { name, draft: loadFlowDocument(source.draft) },
      select: { id: true, name: true, draftRevision: true },
    });
    await recordAudit(
      actor,
      {
        action: 'flow.duplicate',
        target: { type: 'flow', id: copy.id },
        summary: `Duplicated flow "${source.name}" as "${copy.name}"`,
        details: { sourceId: id, sourceName: source.name, name: copy.name },
      },
      tx,
    );
    return copy;
  });
}
