import 'server-only';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';

/** A flow whose published versions play a recording; `live` when one of them is the version calls get now. */
export type PublishedUse = { flowId: string; flowName: string; versions: number[]; live: boolean };
export type DraftUse = { flowId: string; flowName: string };
export type PromptUsage = { published: PublishedUse[]; drafts: DraftUse[] };

type Client = Pick<Prisma.TransactionClient, '$queryRaw'>;

/**
 * The flows that mention a recording: its hash anywhere in a published version or a draft —
 * a Play file step's library pick, and also its URL pasted into a step. A 64-digit hex hash
 * does not occur by chance. A scan of the documents, made only when someone deletes.
 */
export async function promptUsage(sha256: string, client: Client = db): Promise<PromptUsage> {
  const pattern = `%${sha256}%`;
  const published = await client.$queryRaw<PublishedUse[]>`
      SELECT f.id AS "flowId", f.name AS "flowName",
             array_agg(v.version ORDER BY v.version) AS versions,
             bool_or(v.id = f.published_version_id) AS live
      FROM flow_version v JOIN flow f ON f.id = v.flow_id
      WHERE v.document::text LIKE ${pattern}
      GROUP BY f.id, f.name
      ORDER BY f.name, f.id`;
  const drafts = await client.$queryRaw<DraftUse[]>`
    SELECT id AS "flowId", name AS "flowName" FROM flow WHERE draft::text LIKE ${pattern} ORDER BY name, id`;
  return { published, drafts };
}

/** "Support v2, v3 (live); Sales v1" */
export function describePublishedUse(uses: readonly PublishedUse[]): string {
  return uses.map((use) => `“${use.flowName}” ${use.versions.map((v) => `v${v}`).join(', ')}${use.live ? ' (live)' : ''}`).join('; ');
}
