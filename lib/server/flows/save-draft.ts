import 'server-only';
import { db } from '@/lib/db';
import { lintFlow } from '@/lib/flow/lint';
import { AppError } from '@/lib/http/app-error';
import { documentOr422 } from './flow-document-input';
import type { SaveDraftInput } from './flow-input';

/**
 * Saves the draft only if nobody saved since the revision the editor started from,
 * so two editors never silently overwrite each other.
 */
export async function saveDraft(id: string, input: SaveDraftInput) {
  const document = documentOr422(input.document);
  const updated = await db.flow.updateMany({
    where: { id, draftRevision: input.draftRevision },
    data: { draft: document, draftRevision: { increment: 1 }, ...(input.name && { name: input.name }) },
  });
  if (updated.count === 0) {
    const current = await db.flow.findUnique({ where: { id }, select: { draftRevision: true, updatedAt: true } });
    if (!current) throw new AppError('not_found', `No flow with id ${id}`);
    throw new AppError(
      'conflict',
      `The draft was changed elsewhere (revision ${current.draftRevision}, you edited ${input.draftRevision}). Reload it and apply your change again.`,
      { draftRevision: current.draftRevision, updatedAt: current.updatedAt },
    );
  }
  return { draftRevision: input.draftRevision + 1, lint: lintFlow(document) };
}
