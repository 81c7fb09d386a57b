import dagre from '@dagrejs/dagre';
import type { CanvasEdge, CanvasNode } from './document-mapping';

const fallbackSize = { width: 240, height: 110 };

/** Left-to-right layered layout (dagre), keeping node sizes as measured on the canvas. */
export function layoutLeftToRight(nodes: readonly CanvasNode[], edges: readonly CanvasEdge[]): CanvasNode[] {
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({ rankdir: 'LR', nodesep: 40, ranksep: 90 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const node of nodes) {
    graph.setNode(node.id, { width: node.measured?.width ?? fallbackSize.width, height: node.measured?.height ?? fallbackSize.height });
  }
  for (const edge of edges) graph.setEdge(edge.source, edge.target);
  dagre.layout(graph);
  return nodes.map((node) => {
    const placed = graph.node(node.id);
    const width = node.measured?.width ?? fallbackSize.width;
    const height = node.measured?.height ?? fallbackSize.height;
    return { ...node, position: { x: Math.round(placed.x - width / 2), y: Math.round(placed.y - height / 2) } };
  });
}
