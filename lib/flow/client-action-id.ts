import { nodeIdPattern } from './document';

// clientActionId is opaque to 8x8 and comes back in the next VCA: ours names the flow
// version the call is pinned to, the node that is waiting and the reply's number in the
// call (0 for the first, one more each time a callback moves the call). The number lets
// a server tell a late callback (a number the session has passed) from one answered by
// another server whose journal has not reached the database yet (a number it has not
// reached): docs/architecture.md, "Events late, twice or out of order".

export type ClientAction = { versionId: string; nodeId: string; step: number | null };

export function encodeClientActionId(versionId: string, nodeId: string, step?: number): string {
  return step === undefined ? `${versionId}:${nodeId}` : `${versionId}:${nodeId}:${step}`;
}

const stepPattern = /^(0|[1-9][0-9]{0,8})$/;

/** Splits `<versionId>:<nodeId>` at its last ':' (node ids cannot hold one). */
function versionAndNode(value: string): { versionId: string; nodeId: string } | null {
  const at = value.lastIndexOf(':');
  if (at <= 0) return null;
  const nodeId = value.slice(at + 1);
  return nodeIdPattern.test(nodeId) ? { versionId: value.slice(0, at), nodeId } : null;
}

/**
 * Reads a clientActionId; `step` is null for one without a number (the designer's
 * preview, or a reply sent before replies were numbered).
 */
export function decodeClientActionId(value: string | null | undefined): ClientAction | null {
  if (!value) return null;
  const at = value.lastIndexOf(':');
  const last = value.slice(at + 1);
  if (at > 0 && stepPattern.test(last)) {
    const numbered = versionAndNode(value.slice(0, at));
    if (numbered) return { ...numbered, step: Number(last) };
  }
  const plain = versionAndNode(value);
  return plain ? { ...plain, step: null } : null;
}

/** The reply with its clientActionId numbered `step` (a reply that ends the call has none). */
export function numberedReply<R extends { clientActionId?: string }>(reply: R, step: number): R {
  const action = decodeClientActionId(reply.clientActionId);
  return action ? { ...reply, clientActionId: encodeClientActionId(action.versionId, action.nodeId, step) } : reply;
}
