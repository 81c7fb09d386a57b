import { defaultVoiceProfile } from './apology';
import type { FlowDocument, FlowNode } from './document';
import { definitionForNode, nodeRegistry } from './registry';
import { variableRefs } from './template-text';

/** A document prepared for walking: nodes by id and each output's target. */
export type FlowIndex = {
  document: FlowDocument;
  nodes: ReadonlyMap<string, FlowNode>;
  startId: string | null;
  targetOf: (nodeId: string, output: string) => string | undefined;
  /**
   * True when replies can depend on {{vars.…}} kept on the session between replies.
   * Otherwise a reply depends only on the node, the digits and the call's numbers.
   */
  usesSessionVariables: boolean;
  /** True when a step makes a request (a data dip): the webhook must not compile a duplicate callback's reply again. */
  makesRequests: boolean;
  /** The flow's default voice (its Start step's), for steps that leave theirs to the call. */
  voice: string;
};

function usesSessionVariables(document: FlowDocument): boolean {
  return document.nodes.some((node) => {
    const definition = definitionForNode(node);
    return (
      definition.defines(node.data).length > 0 ||
      definition.templated(node.data).some((text) => variableRefs(text).some((ref) => ref.kind === 'var'))
    );
  });
}

function flowVoice(document: FlowDocument): string {
  const entry = document.nodes.find((n) => nodeRegistry[n.kind].entry);
  return (entry && definitionForNode(entry).flowVoice?.(entry.data)) || defaultVoiceProfile;
}

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
    startId: document.nodes.find((n) => nodeRegistry[n.kind].entry)?.id ?? null,
    targetOf: (nodeId, output) => targets.get(`${nodeId}\u0000${output}`),
    usesSessionVariables: usesSessionVariables(document),
    makesRequests: document.nodes.some((node) => definitionForNode(node).io === true),
    voice: flowVoice(document),
  };
}
