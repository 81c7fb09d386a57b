import type { NodeDefinition } from './kinds';
import { businessHoursNode } from './nodes/business-hours/definition';
import { conditionNode } from './nodes/condition/definition';
import { hangupNode } from './nodes/hangup/definition';
import { httpRequestNode } from './nodes/http-request/definition';
import { menuNode } from './nodes/menu/definition';
import { optOutNode } from './nodes/opt-out/definition';
import { playFileNode } from './nodes/play-file/definition';
import { sayNode } from './nodes/say/definition';
import { setVariableNode } from './nodes/set-variable/definition';
import { returnNode } from './nodes/return/definition';
import { startNode } from './nodes/start/definition';
import { subflowNode } from './nodes/subflow/definition';
import { transferNode } from './nodes/transfer/definition';
import type { FlowNode } from './document';

/**
 * The only list of node kinds: a kind is one folder in lib/flow/nodes/ plus one line here
 * (and its inspector form, components/flow/inspector/forms/kind-forms.ts). Each entry must
 * be a complete NodeDefinition; the order is the palette's. (`any` because each entry has
 * its own data type; the entries keep their precise types through `satisfies`.)
 */
export const nodeRegistry = {
  start: startNode,
  say: sayNode,
  playFile: playFileNode,
  menu: menuNode,
  transfer: transferNode,
  hangup: hangupNode,
  businessHours: businessHoursNode,
  setVariable: setVariableNode,
  condition: conditionNode,
  optOut: optOutNode,
  httpRequest: httpRequestNode,
  subflow: subflowNode,
  return: returnNode,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
} satisfies Record<string, NodeDefinition<any>>;

export type NodeKind = keyof typeof nodeRegistry;
/** Every kind, in the registry's order. */
export const nodeKinds = Object.keys(nodeRegistry) as NodeKind[];

export const isNodeKind = (value: string): value is NodeKind => Object.hasOwn(nodeRegistry, value);

export type NodeDataOf<K extends NodeKind> = (typeof nodeRegistry)[K] extends NodeDefinition<infer D> ? D : never;

/** The definition for a node, typed against that node's data. */
export function definitionOf<K extends NodeKind>(kind: K): NodeDefinition<NodeDataOf<K>> {
  return nodeRegistry[kind] as unknown as NodeDefinition<NodeDataOf<K>>;
}

/**
 * The definition for a stored node. TypeScript cannot correlate a node's kind with
 * its data across the union, so the one cast of that lives here.
 */
export function definitionForNode(node: FlowNode): NodeDefinition<FlowNode['data']> {
  return nodeRegistry[node.kind] as unknown as NodeDefinition<FlowNode['data']>;
}
