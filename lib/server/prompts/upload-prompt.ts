import 'server-only';
import { createHash } from 'node:crypto';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { AppError } from '@/lib/http/app-error';
import { audioFormats } from '@/lib/prompts/prompt-file';
import { sniffAudio } from '@/lib/prompts/sniff-audio';
import { recordAudit, type AuditActor } from '@/lib/server/audit/record-audit';
import { promptSummarySelect, toPromptSummary, type PromptSummary } from './prompt-summary';

/**
 * Adds a recording to the library. Its type comes from its bytes; bytes already in the
 * library are refused (409, naming the recording that holds them) rather than stored twice
 * under a second name: one recording, one URL, one place to rename.
 */
export async function uploadPrompt(input: { name: string; bytes: Buffer }, actor: AuditActor): Promise<PromptSummary> {
  if (input.bytes.length === 0) throw new AppError('unprocessable', 'The upload is empty: send the recording’s bytes as the request body');
  const sniffed = sniffAudio(input.bytes);
  if (!sniffed.ok) throw new AppError('unsupported_media_type', sniffed.problem);
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  const contentType = audioFormats[sniffed.ext].contentType;
  try {
    return await db.$transaction(async (tx) => {
      const existing = await tx.prompt.findUnique({ where: { sha256 }, select: promptSummarySelect });
      if (existing) throw alreadyStored(toPromptSummary(existing));
      const created = await tx.prompt.create({
        data: { name: input.name, contentType, size: input.bytes.length, sha256, bytes: new Uint8Array(input.bytes), uploadedBy: actor.label },
        select: promptSummarySelect,
      });
      const prompt = toPromptSummary(created);
      await recordAudit(
        actor,
        {
          action: 'prompt.upload',
          target: { type: 'prompt', id: prompt.id },
          summary: `Uploaded the recording "${prompt.name}" (${prompt.format}, ${prompt.size} bytes)`,
          details: { name: prompt.name, sha256, contentType, size: prompt.size },
        },
        tx,
      );
      return prompt;
      // Writing 5 MB can outlast Prisma's 5 s default on a busy database; nothing else waits on this.
    }, { timeout: 20_000 });
  } catch (error) {
    // Two uploads of the same bytes at once: the unique hash lets one in; the other is told which.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      const winner = await db.prompt.findUnique({ where: { sha256 }, select: promptSummarySelect });
      if (winner) throw alreadyStored(toPromptSummary(winner));
    }
    throw error;
  }
}

function alreadyStored(existing: PromptSummary): AppError {
  return new AppError(
    'conflict',
    `These exact bytes are already in the library as “${existing.name}”: use that recording (rename it if the name should change)`,
    { existing },
  );
}
