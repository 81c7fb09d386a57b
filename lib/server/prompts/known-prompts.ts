import 'server-only';
import { db } from '@/lib/db';
import type { FlowDocument } from '@/lib/flow/document';
import { recordingsPlayedBy } from '@/lib/flow/library-recordings';
import type { Prisma } from '@/lib/generated/prisma/client';

type Client = Pick<Prisma.TransactionClient, '$queryRaw'>;

/**
 * The recordings a document plays that are still in the library, for lint. No query when it
 * plays none. With `lock` (a publish, inside its transaction) the rows are share-locked until
 * it commits, so a concurrent delete waits and then sees the new version using them.
 */
export async function knownPrompts(document: FlowDocument, client: Client = db, { lock = false } = {}): Promise<Set<string>> {
  const hashes = recordingsPlayedBy(document).map((file) => file.sha256);
  if (hashes.length === 0) return new Set();
  const rows = lock
    ? await client.$queryRaw<Array<{ sha256: string }>>`SELECT sha256 FROM prompt WHERE sha256 = ANY(${hashes}::text[]) FOR SHARE`
    : await client.$queryRaw<Array<{ sha256: string }>>`SELECT sha256 FROM prompt WHERE sha256 = ANY(${hashes}::text[])`;
  return new Set(rows.map((row) => row.sha256));
}
