import 'server-only';
import { db } from '@/lib/db';
import { AppError } from '@/lib/http/app-error';
import { recordAudit, type AuditActor } from '@/lib/server/audit/record-audit';
import { describePublishedUse, promptUsage, type DraftUse } from './prompt-usage';

/**
 * Deletes a recording unless a published version plays it: versions never change, calls
 * may be running one, and any can be restored — so while one plays it, it stays (409 with
 * the flows and versions). Drafts that play it do not stop the delete; they are returned
 * so the caller can say which steps now need another recording (lint flags them too).
 *
 * The row is locked first: a publish that checks the same recording (knownPrompts with
 * `lock`) either commits before this looks for users of it, or finds it gone.
 */
export async function deletePrompt(id: string, actor: AuditActor): Promise<{ id: string; name: string; drafts: DraftUse[] }> {
  return db.$transaction(async (tx) => {
    const [prompt] = await tx.$queryRaw<Array<{ name: string; sha256: string }>>`SELECT name, sha256 FROM prompt WHERE id = ${id} FOR UPDATE`;
    if (!prompt) throw new AppError('not_found', `No recording with id ${id}`);
    const usage = await promptUsage(prompt.sha256, tx);
    if (usage.published.length > 0) {
      throw new AppError(
        'conflict',
        `“${prompt.name}” is played by published versions of ${describePublishedUse(usage.published)}. Published versions never change, so it stays while they exist.`,
        { usedBy: usage.published, drafts: usage.drafts },
      );
    }
    await tx.prompt.delete({ where: { id } });
    await recordAudit(
      actor,
      {
        action: 'prompt.delete',
        target: { type: 'prompt', id },
        summary: `Deleted the recording "${prompt.name}"${usage.drafts.length ? ` (drafts that played it: ${usage.drafts.map((d) => `"${d.flowName}"`).join(', ')})` : ''}`,
        details: { name: prompt.name, sha256: prompt.sha256, drafts: usage.drafts },
      },
      tx,
    );
    return { id, name: prompt.name, drafts: usage.drafts };
  });
}
