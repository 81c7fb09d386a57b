'use client';

import { createContext, useContext } from 'react';
import type { NodeOverlay } from '@/lib/analytics/flow-overlay';
import type { FlowOverlay } from '@/lib/analytics/flow-overlay-query';

/** The overlay's counts by node id and by edge id, for the cards and edge labels on the canvas. */
export type OverlayView = { nodes: ReadonlyMap<string, NodeOverlay>; edges: ReadonlyMap<string, number> };

export function overlayView(data: FlowOverlay): OverlayView {
  const edges = new Map<string, number>();
  for (const node of data.nodes) for (const exit of node.exits) if (exit.edgeId) edges.set(exit.edgeId, exit.count);
  return { nodes: new Map(data.nodes.map((n) => [n.nodeId, n])), edges };
}

/** Null while the overlay is off: the canvas then renders exactly as without it. */
export const FlowOverlayContext = createContext<OverlayView | null>(null);

export function useOverlayView(): OverlayView | null {
  return useContext(FlowOverlayContext);
}

export function useNodeOverlay(nodeId: string): NodeOverlay | null {
  return useContext(FlowOverlayContext)?.nodes.get(nodeId) ?? null;
}
