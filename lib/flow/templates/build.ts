import type { FlowDocument, FlowEdge, FlowNode } from '../document';
import { currentSchemaVersion } from '../document';

/** Small helpers so a template reads as its graph: nodes at grid cells, edges by output. */
export const at = (column: number, row: number) => ({ x: column * 320, y: row * 230 });

export function edge(source: string, sourceHandle: string, target: string): FlowEdge {
  return { id: `${source}-${sourceHandle}-${target}`, source, sourceHandle, target };
}

export function flow(nodes: FlowNode[], edges: FlowEdge[]): FlowDocument {
  return { schemaVersion: currentSchemaVersion, nodes, edges };
}
