import 'server-only';
import { db } from '@/lib/db';
import { lintFlow } from '@/lib/flow/lint';
import { AppError } from '@/lib/http/app-error';
import { recordAudit, type AuditActor } from '@/lib/server/audit/record-audit';
import type { RestoreVersionInput } from './flow-input';
import { getFlowVersion } from './get-flow-version';
import { knownPrompts } from '@/lib/server/prompts/known-prompts';

/**
 * Makes a published version's document the draft. Like a draft save it names the
 * revision it replaces, so a restore never overwrites an edit it has not seen.
 */
export async function restoreVersion(id: string, input: RestoreVersionInput, actor: AuditActor) {
  const { document } = await getFlowVersion(id, input.version);
  return db.$transaction(async (tx) => {
    const updated = await tx.flow.updateMany({
      where: { id, draftRevision: input.draftRevision },
      data: { draft: document, draftRevision: { increment: 1 } },
    });
    if (updated.count === 0) {
      const current = await tx.flow.findUnique({ where: { id }, select: { draftRevision: true, updatedAt: true } });
      if (!current) throw new AppError('not_found', `No flow with id ${id}`);
      throw new AppError(
        'conflict',
        `The draft was changed elsewhere (revision ${current.draftRevision}, you had ${input.draftRevision}). Reload it, then restore version ${input.version} again.`,
        { draftRevision: current.draftRevision, updatedAt: current.updatedAt },
      );
    }
    const flow = await tx.flow.findUniqueOrThrow({ where: { id }, select: { name: true } });
    await recordAudit(
      actor,
      {
        action: 'flow.restore',
        target: { type: 'flow', id },
        summary: `Restored v${input.version} of "${flow.name}" as the draft`,
        details: { name: flow.name, version: input.version, draftRevision: input.draftRevision + 1 },
      },
      tx,
    );
    return { restoredVersion: input.version, draft: document, draftRevision: input.draftRevision + 1, lint: lintFlow(document, await knownPrompts(document, tx)) };
  });
}
