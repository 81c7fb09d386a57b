import 'server-only';
import { db } from '@/lib/db';
import { loadFlowDocument } from '@/lib/flow/document';
import { indexFlow, type FlowIndex } from '@/lib/flow/flow-index';
import { expandWithSubflows } from './expand-subflows';

// Published versions never change, so each is read and indexed once per process
// and then served from memory: the webhook path pays no query for the document. The
// versions its Subflow steps run are pinned and immutable too, so the expansion is as well.
const capacity = 256;
const cache = new Map<string, FlowIndex>();

export async function flowVersionIndex(versionId: string): Promise<FlowIndex | null> {
  const hit = cache.get(versionId);
  if (hit) {
    // Refresh its place so the least recently used version is the one evicted.
    cache.delete(versionId);
    cache.set(versionId, hit);
    return hit;
  }
  const version = await db.flowVersion.findUnique({ where: { id: versionId }, select: { document: true, flowId: true } });
  if (!version) return null;
  const expanded = await expandWithSubflows(loadFlowDocument(version.document), version.flowId);
  // Publishing checked this; a subflow's flow deleted since leaves the version unable to run.
  if (!expanded.ok) throw new Error(`Flow version ${versionId} cannot run: ${expanded.issues.map((i) => i.message).join('; ')}`);
  const index = indexFlow(expanded.document);
  cache.set(versionId, index);
  if (cache.size > capacity) cache.delete(cache.keys().next().value!);
  return index;
}

/**
 * Reads a version into the cache ahead of need (for answering without the database) only
 * while the cache has room: warming never evicts a version that calls are using.
 */
export async function warmFlowVersion(versionId: string): Promise<void> {
  if (cache.has(versionId) || cache.size >= capacity) return;
  await flowVersionIndex(versionId);
}
