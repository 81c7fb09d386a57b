import 'server-only';
import { db } from '@/lib/db';
import type { ImmutableFile } from '@/lib/http/immutable-file';
import { audioFormats, type PromptFile } from '@/lib/prompts/prompt-file';

/**
 * What the public file URL serves: the stored recording with this hash and this extension's
 * type, or null (a hash we do not hold, or the right hash with the other extension).
 */
export async function findPromptFile({ sha256, ext }: PromptFile): Promise<ImmutableFile | null> {
  const row = await db.prompt.findUnique({ where: { sha256 }, select: { contentType: true, size: true, uploadedAt: true } });
  if (!row || row.contentType !== audioFormats[ext].contentType) return null;
  return { etag: `"${sha256}"`, contentType: row.contentType, size: row.size, lastModified: row.uploadedAt };
}

/**
 * Bytes start..end (both included) of a recording, read in the database: substring() on an
 * uncompressed bytea reads only the pages it needs. Null when the recording went meanwhile.
 */
export async function readPromptBytes(sha256: string, start: number, end: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const [row] = await db.$queryRaw<Array<{ part: Uint8Array }>>`
    SELECT substring(bytes FROM ${start + 1}::int FOR ${end - start + 1}::int) AS part FROM prompt WHERE sha256 = ${sha256}`;
  return row ? new Uint8Array(row.part) : null;
}
