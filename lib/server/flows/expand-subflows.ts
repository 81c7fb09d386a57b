import 'server-only';
import { db } from '@/lib/db';
import { loadFlowDocument, type FlowDocument } from '@/lib/flow/document';
import type { Prisma } from '@/lib/generated/prisma/client';
import { expandSubflows, maxSubflowDepth, subflowVersionIds, type ChildVersion, type ExpansionResult } from '@/lib/flow/subflow-expansion';

type Client = Pick<Prisma.TransactionClient, 'flowVersion'>;

/**
 * Every published version a document's Subflow steps run, nested ones too: one query per
 * level of nesting, none for a document without Subflow steps.
 */
export async function loadSubflowVersions(document: FlowDocument, client: Client = db): Promise<Map<string, ChildVersion>> {
  const found = new Map<string, ChildVersion>();
  let wanted = subflowVersionIds(document);
  // One level past the limit, so that expansion can say it is too deep rather than missing.
  for (let level = 0; level <= maxSubflowDepth && wanted.length > 0; level++) {
    const rows = await client.flowVersion.findMany({
      where: { id: { in: wanted } },
      select: { id: true, flowId: true, version: true, document: true, flow: { select: { name: true } } },
    });
    const next = new Set<string>();
    for (const row of rows) {
      const child = { flowId: row.flowId, flowName: row.flow.name, version: row.version, document: loadFlowDocument(row.document) };
      found.set(row.id, child);
      for (const id of subflowVersionIds(child.document)) if (!found.has(id)) next.add(id);
    }
    wanted = [...next];
  }
  return found;
}

/** The document with its subflows expanded (as calls run it), or why it cannot be. */
export async function expandWithSubflows(document: FlowDocument, flowId?: string, client: Client = db): Promise<ExpansionResult> {
  if (!document.nodes.some((n) => n.kind === 'subflow')) return { ok: true, document };
  return expandSubflows(document, await loadSubflowVersions(document, client), flowId);
}
