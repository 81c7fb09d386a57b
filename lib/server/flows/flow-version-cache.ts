import 'server-only';
import { db } from '@/lib/db';
import { loadFlowDocument } from '@/lib/flow/document';
import { indexFlow, type FlowIndex } from '@/lib/flow/flow-index';

// Published versions never change, so each is read and indexed once per process
// and then served from memory: the webhook path pays no query for the document.
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
  const version = await db.flowVersion.findUnique({ where: { id: versionId }, select: { document: true } });
  if (!version) return null;
  const index = indexFlow(loadFlowDocument(version.document));
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
