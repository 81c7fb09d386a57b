'use client';

import '@xyflow/react/dist/style.css';
import { Background, Controls, MarkerType, ReactFlow, ReactFlowProvider, type Edge, type NodeProps, type NodeTypes } from '@xyflow/react';
import { createContext, memo, useContext, useMemo } from 'react';
import { FlowNodeCard } from '@/components/flow/nodes/flow-node-card';
import { toCanvas, type CanvasNode } from '@/components/flow/store/document-mapping';
import { FlowStoreProvider } from '@/components/flow/store/flow-store-context';
import { stepNumbers } from '@/lib/calls/caller-path';
import type { FlowDocument } from '@/lib/flow/document';
import { nodeKinds } from '@/lib/flow/registry';

const StepsContext = createContext<ReadonlyMap<string, number[]>>(new Map());

/** The designer's card, with the caller's step numbers on it when the call went through it. */
function PathNodeComponent(props: NodeProps<CanvasNode>) {
  const steps = useContext(StepsContext).get(props.id);
  return (
    <div
      className={`relative rounded-lg ${steps ? 'outline outline-4 outline-offset-2 outline-emerald-600' : ''}`} data-testid={`path-node-${props.id}`} data-steps={steps?.join(',')}
    >
      <FlowNodeCard {...props} />
      {steps && (
        <ol aria-label={`Steps at ${props.id}`} className="absolute -left-3 -top-3 flex gap-1">
          {steps.map((step) => (
            <li key={step} className="flex h-6 min-w-6 items-center justify-center rounded-full bg-emerald-700 px-1 text-xs font-bold text-white shadow">
              {step}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
const PathNode = memo(PathNodeComponent);

// Module scope, as React Flow asks: every kind drawn by the same path-aware card.
const pathNodeTypes: NodeTypes = Object.fromEntries(nodeKinds.map((kind) => [kind, PathNode]));

type Props = { flowId: string; name: string; document: FlowDocument; visits: string[]; edges: string[] };

/** The flow version the call ran on, read only, with the nodes visited numbered and the edges taken drawn bold. */
export function CallerPathCanvas({ flowId, name, document, visits, edges }: Props) {
  const steps = useMemo(() => stepNumbers(visits), [visits]);
  const canvas = useMemo(() => toCanvas(document), [document]);
  const styledEdges = useMemo<Edge[]>(() => {
    const order = new Map<string, number[]>();
    edges.forEach((id, i) => order.set(id, [...(order.get(id) ?? []), i + 1]));
    return canvas.edges.map((edge) => {
      const taken = order.get(edge.id);
      return taken
        ? {
            ...edge,
            type: 'smoothstep',
            className: 'path-taken',
            style: { stroke: '#047857', strokeWidth: 3 },
            markerEnd: { type: MarkerType.ArrowClosed, color: '#047857' },
            zIndex: 1,
          }
        : { ...edge, type: 'smoothstep', style: { stroke: '#cbd5e1' } };
    });
  }, [canvas.edges, edges]);

  return (
    <FlowStoreProvider init={{ flowId, name, revision: 0, document, readOnly: true }}>
      <StepsContext.Provider value={steps}>
        <ReactFlowProvider>
          <div className="h-[28rem] rounded-lg border border-slate-200 bg-white">
            <ReactFlow
              nodes={canvas.nodes}
              edges={styledEdges}
              nodeTypes={pathNodeTypes}
              nodesDraggable={false}
              nodesConnectable={false}
              elementsSelectable={false}
              fitView
              fitViewOptions={{ maxZoom: 1 }}
              minZoom={0.1}
              aria-label="The caller's path through the flow"
            >
              <Background gap={20} />
              <Controls showInteractive={false} aria-label="Zoom controls" />
            </ReactFlow>
          </div>
        </ReactFlowProvider>
      </StepsContext.Provider>
    </FlowStoreProvider>
  );
}
