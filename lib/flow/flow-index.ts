import type { FlowDocument, FlowNode } from './document';

/** A document prepared for walking: nodes by id and each output's target. */
export type FlowIndex = {
  document: FlowDocument;
  nodes: ReadonlyMap<string, FlowNode>;
  startId: string | null;
  targetOf: (nodeId: string, output: string) => string | undefined;
};

export function indexFlow(document: FlowDocument): FlowIndex {
  const nodes = new Map(document.nodes.map((n) => [n.id, n]));
  const targets = new Map<string, string>();
  for (const edge of document.edges) {
    const key = `${edge.source}\u0000${edge.sourceHandle}`;
    // The first edge wins; lint reports a second edge from the same output.
    if (!targets.has(key) && nodes.has(edge.target)) targets.set(key, edge.target);
  }
  return {
    document,
    nodes,
    startId: document.nodes.find((n) => n.kind === 'start')?.id ?? null,
    targetOf: (nodeId, output) => targets.get(`${nodeId}\u0000${output}`),
  };
}
