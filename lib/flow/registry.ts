import type { NodeDefinition, NodeKind } from './kinds';
import { businessHoursNode } from './nodes/business-hours/definition';
import { hangupNode } from './nodes/hangup/definition';
import { menuNode } from './nodes/menu/definition';
import { playFileNode } from './nodes/play-file/definition';
import { sayNode } from './nodes/say/definition';
import { setVariableNode } from './nodes/set-variable/definition';
import { startNode } from './nodes/start/definition';
import { transferNode } from './nodes/transfer/definition';

/**
 * One entry per node kind: a missing kind is a type error here. (`any` because each
 * entry has its own data type; the entries keep their precise types through `satisfies`.)
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
// eslint-disable-next-line @typescript-eslint/no-explicit-any
} satisfies Record<NodeKind, NodeDefinition<any>>;

import type { FlowNode } from './document';

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
