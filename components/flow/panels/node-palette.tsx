'use client';

import { useReactFlow } from '@xyflow/react';
import type { DragEvent } from 'react';
import { useCan } from '@/components/auth/actor-context';
import { RoleNotice } from '@/components/auth/role-notice';
import { nodeKinds, nodeRegistry, type NodeKind } from '@/lib/flow/registry';
import { paletteDragType } from '../canvas/flow-canvas';
import { nodeColourClasses } from '../nodes/node-colours';
import { useFlowActions, useFlowStore } from '../store/flow-store-context';

// The entry step (Start) comes with every flow: it is not added by hand.
const paletteKinds = nodeKinds.filter((kind) => !nodeRegistry[kind].entry);

/** Steps to drag onto the canvas; a click (or Enter) adds one in the middle of the view. */
export function NodePalette() {
  const actions = useFlowActions();
  const edit = useCan('flows.edit');
  const { readOnly, count } = useFlowStore((s) => ({ readOnly: s.readOnly, count: s.nodes.length }));
  const { screenToFlowPosition } = useReactFlow();

  const addInView = (kind: NodeKind) => {
    const canvas = document.querySelector('.react-flow')?.getBoundingClientRect();
    const center = canvas ? { x: canvas.left + canvas.width / 2, y: canvas.top + canvas.height / 2 } : { x: 400, y: 300 };
    const offset = ((count % 5) - 2) * 30; // stacked clicks do not hide each other
    const id = actions.addNode(kind, screenToFlowPosition({ x: center.x + offset, y: center.y + offset }));
    if (id) actions.focusNode(id);
  };

  return (
    <nav aria-label="Steps" className="space-y-2">
      <h2 className="text-xs font-semibold uppercase tracking-wide text-slate-500">Steps</h2>
      <ul className="space-y-1.5">
        {paletteKinds.map((kind) => (
          <li key={kind}>
            <button
              type="button"
              draggable={!readOnly}
              disabled={readOnly}
              onDragStart={(event: DragEvent) => {
                event.dataTransfer.setData(paletteDragType, kind);
                event.dataTransfer.effectAllowed = 'copy';
              }}
              onClick={() => addInView(kind)}
              title={nodeRegistry[kind].description}
              className={`flex w-full cursor-grab items-center gap-2 rounded-md border-l-4 px-2 py-1.5 text-left text-sm shadow-sm hover:shadow disabled:cursor-not-allowed disabled:opacity-50 ${nodeColourClasses[nodeRegistry[kind].colour]}`}
            >
              <span aria-hidden>{nodeRegistry[kind].icon}</span>
              {nodeRegistry[kind].label}
            </button>
          </li>
        ))}
      </ul>
      {edit.allowed ? (
        <p className="text-xs text-slate-500">Drag a step onto the canvas, or click to add it.</p>
      ) : (
        <RoleNotice permission="flows.edit" to="to add steps" />
      )}
    </nav>
  );
}
