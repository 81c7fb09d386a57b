'use client';

import { useMemo } from 'react';
import type { CanvasEdge } from '../store/document-mapping';
import { useOverlayView } from './overlay-context';

const labelStyle = { fontSize: 11, fontWeight: 600, fill: '#0f172a' };
const quietLabelStyle = { ...labelStyle, fontWeight: 400, fill: '#64748b' };
const labelBgStyle = { fill: '#f1f5f9', stroke: '#cbd5e1' };

/**
 * The canvas's edges with the overlay's exit counts as labels. Only what React Flow is
 * given changes: the store's edges (saved, undone) stay as they are. Off: the same array.
 */
export function useOverlayEdges(edges: CanvasEdge[]): CanvasEdge[] {
  const view = useOverlayView();
  return useMemo(() => {
    if (!view) return edges;
    return edges.map((edge) => {
      const count = view.edges.get(edge.id);
      if (count === undefined) return edge;
      return {
        ...edge,
        label: String(count),
        ariaLabel: `${count} ${count === 1 ? 'call' : 'calls'} from ${edge.source} (${edge.sourceHandle ?? 'next'}) to ${edge.target}`,
        labelStyle: count > 0 ? labelStyle : quietLabelStyle,
        labelBgStyle,
        labelBgPadding: [4, 2] as [number, number],
        labelBgBorderRadius: 4,
      };
    });
  }, [edges, view]);
}
