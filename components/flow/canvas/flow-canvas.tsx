'use client';

import { Background, Controls, MiniMap, ReactFlow, useReactFlow } from '@xyflow/react';
import { useCallback, useEffect, useRef, type DragEvent } from 'react';
import { isNodeKind } from '@/lib/flow/registry';
import { useOverlayEdges } from '../analytics/use-overlay-edges';
import { nodeTypes } from '../nodes/node-types';
import { useFlowActions, useFlowStore, useFlowStoreApi } from '../store/flow-store-context';

export const paletteDragType = 'application/x-ivr-node-kind';

export function FlowCanvas() {
  const { nodes, edges, readOnly, focusRequest } = useFlowStore((s) => ({
    nodes: s.nodes,
    edges: s.edges,
    readOnly: s.readOnly,
    focusRequest: s.focusRequest,
  }));
  const actions = useFlowActions();
  const { screenToFlowPosition, fitView } = useReactFlow();
  const shownEdges = useOverlayEdges(edges);

  // Another document on the same canvas (the analytics overlay's version, and back): fit it.
  const store = useFlowStoreApi();
  const shownStore = useRef(store);
  useEffect(() => {
    if (shownStore.current === store) return;
    shownStore.current = store;
    void fitView({ maxZoom: 1, duration: 200 });
  }, [store, fitView]);

  useEffect(() => {
    if (!focusRequest) return;
    void fitView({ nodes: [{ id: focusRequest }], duration: 300, maxZoom: 1.2 });
    actions.clearFocusRequest();
  }, [focusRequest, fitView, actions]);

  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(paletteDragType)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const kind = event.dataTransfer.getData(paletteDragType);
      if (!isNodeKind(kind) || readOnly) return;
      event.preventDefault();
      actions.addNode(kind, screenToFlowPosition({ x: event.clientX, y: event.clientY }));
    },
    [actions, readOnly, screenToFlowPosition],
  );

  return (
    <ReactFlow
      nodes={nodes}
      edges={shownEdges}
      nodeTypes={nodeTypes}
      onNodesChange={actions.onNodesChange}
      onEdgesChange={actions.onEdgesChange}
      onConnect={actions.onConnect}
      onNodeDragStart={actions.checkpoint}
      onSelectionDragStart={actions.checkpoint}
      onDragOver={onDragOver}
      onDrop={onDrop}
      nodesConnectable={!readOnly}
      nodesDraggable={!readOnly}
      deleteKeyCode={readOnly ? null : ['Delete', 'Backspace']}
      multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
      onlyRenderVisibleElements
      fitView
      // A new flow is one small Start node: do not blow it up to 2×.
      fitViewOptions={{ maxZoom: 1 }}
      minZoom={0.1}
      defaultEdgeOptions={{ type: 'smoothstep' }}
      aria-label="Flow canvas"
    >
      <Background gap={20} />
      <MiniMap pannable zoomable ariaLabel="Overview of the whole flow" />
      <Controls showInteractive={false} aria-label="Zoom controls" />
    </ReactFlow>
  );
}
