import { nodeIdPattern } from './document';

// clientActionId is opaque to 8x8 and comes back in the next VCA: ours names the
// flow version the call is pinned to and the node that is waiting.

export function encodeClientActionId(versionId: string, nodeId: string): string {
  return `${versionId}:${nodeId}`;
}

export function decodeClientActionId(value: string | null | undefined): { versionId: string; nodeId: string } | null {
  if (!value) return null;
  // Node ids cannot hold ':'; split at the last one.
  const at = value.lastIndexOf(':');
  if (at <= 0) return null;
  const versionId = value.slice(0, at);
  const nodeId = value.slice(at + 1);
  return nodeIdPattern.test(nodeId) ? { versionId, nodeId } : null;
}
