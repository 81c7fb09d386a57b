import 'server-only';
import { db } from '@/lib/db';
import { lintFlow } from '@/lib/flow/lint';
import { AppError } from '@/lib/http/app-error';
import { recordDraftEdit, type AuditActor } from '@/lib/server/audit/record-audit';
import { documentOr422 } from './flow-document-input';
import type { SaveDraftInput } from './flow-input';
import { knownPrompts } from '@/lib/server/prompts/known-prompts';
import { dataDipSecretNames } from '@/lib/server/settings/data-dip-settings';

/**
 * Saves the draft only if nobody saved since the revision the editor started from,
 * so two editors never silently overwrite each other. Autosaves are audited once per
 * editing session (recordDraftEdit).
 */
export async function saveDraft(id: string, input: SaveDraftInput, actor: AuditActor) {
  const document = documentOr422(input.document);
  // Read before the transaction: the settings cache may query, and must not wait on it.
  const secrets = await dataDipSecretNames();
  return db.$transaction(async (tx) => {
    const updated = await tx.flow.updateMany({
      where: { id, draftRevision: input.draftRevision },
      data: { draft: document, draftRevision: { increment: 1 }, ...(input.name && { name: input.name }) },
    });
    if (updated.count === 0) {
      const current = await tx.flow.findUnique({ where: { id }, select: { draftRevision: true, updatedAt: true } });
      if (!current) throw new AppError('not_found', `No flow with id ${id}`);
      throw new AppError(
        'conflict',
        `The draft was changed elsewhere (revision ${current.draftRevision}, you edited ${input.draftRevision}). Reload it and apply your change again.`,
        { draftRevision: current.draftRevision, updatedAt: current.updatedAt },
      );
    }
    const revision = input.draftRevision + 1;
    const flow = await tx.flow.findUniqueOrThrow({ where: { id }, select: { name: true } });
    await recordDraftEdit(
      actor,
      {
        action: 'flow.edit',
        target: { type: 'flow', id },
        summary: `Edited the draft of "${flow.name}" (an editing session from revision ${revision})`,
        details: { name: flow.name, revision },
      },
      tx,
    );
    return { draftRevision: revision, lint: lintFlow(document, await knownPrompts(document, tx), secrets) };
  });
}
