import 'server-only';
import { db } from '@/lib/db';
import { AppError } from '@/lib/http/app-error';
import { recordAudit, type AuditActor } from '@/lib/server/audit/record-audit';
import type { RenamePromptInput } from './prompt-input';
import { promptSummarySelect, toPromptSummary } from './prompt-summary';

/**
 * Renames a recording. Only the name changes: the bytes, the hash and so the URL that
 * steps and published versions play stay as they are.
 */
export async function renamePrompt(id: string, input: RenamePromptInput, actor: AuditActor) {
  return db.$transaction(async (tx) => {
    const before = await tx.prompt.findUnique({ where: { id }, select: { name: true } });
    if (!before) throw new AppError('not_found', `No recording with id ${id}`);
    const renamed = await tx.prompt.update({ where: { id }, data: { name: input.name }, select: promptSummarySelect });
    await recordAudit(
      actor,
      {
        action: 'prompt.rename',
        target: { type: 'prompt', id },
        summary: `Renamed the recording "${before.name}" to "${input.name}"`,
        details: { from: before.name, to: input.name, sha256: renamed.sha256 },
      },
      tx,
    );
    return toPromptSummary(renamed);
  });
}
