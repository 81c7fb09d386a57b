import type { Edge, Node } from '@xyflow/react';
import type { FlowDocument, FlowEdge, FlowNode } from '@/lib/flow/document';
import { currentSchemaVersion } from '@/lib/flow/document';
import { nodeRegistry, type NodeKind } from '@/lib/flow/registry';

// The canvas holds React Flow nodes and edges; the product stores flow documents.
// A canvas node is a document node with React Flow's bookkeeping (selection, size).

export type CanvasNode = Node<Record<string, unknown>, NodeKind>;
export type CanvasEdge = Edge;

export function toCanvasNode(node: FlowNode): CanvasNode {
  return {
    id: node.id,
    type: node.kind,
    position: node.position,
    data: node.data as Record<string, unknown>,
    // The entry step (Start) is where every call begins: it cannot be deleted.
    ...(nodeRegistry[node.kind].entry && { deletable: false }),
  };
}

export function toCanvasEdge(edge: FlowEdge): CanvasEdge {
  return { id: edge.id, source: edge.source, sourceHandle: edge.sourceHandle, target: edge.target };
}

export function toCanvas(document: FlowDocument): { nodes: CanvasNode[]; edges: CanvasEdge[] } {
  return { nodes: document.nodes.map(toCanvasNode), edges: document.edges.map(toCanvasEdge) };
}

/**
 * The document the canvas shows. Node data only enters the canvas through the
 * kinds' own schemas (forms, defaults, a parsed document), so it is taken as is;
 * the server parses the document again on every save.
 */
export function toDocument(nodes: readonly CanvasNode[], edges: readonly CanvasEdge[]): FlowDocument {
  return {
    schemaVersion: currentSchemaVersion,
    nodes: nodes.map((n) => ({ id: n.id, kind: n.type, position: { x: Math.round(n.position.x), y: Math.round(n.position.y) }, data: n.data }) as FlowNode),
    edges: edges.map((e) => ({ id: e.id, source: e.source, sourceHandle: e.sourceHandle ?? 'next', target: e.target })),
  };
}
