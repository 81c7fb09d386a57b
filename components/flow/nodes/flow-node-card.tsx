'use client';

import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { definitionOf } from '@/lib/flow/registry';
import { useNodeOverlay } from '../analytics/overlay-context';
import { ExitCount, NodeOverlayStats } from '../analytics/node-overlay-stats';
import type { CanvasNode } from '../store/document-mapping';
import { nodeColourClasses } from './node-colours';
import { useFlowStore } from '../store/flow-store-context';
import { useNodeIssueCount } from './use-node-issues';

/**
 * One component for every kind: a card with the kind, the id, a summary and one
 * output handle per output (a menu: one per option, then "No input" and "Invalid").
 */
function FlowNodeCardComponent({ id, type, data, selected }: NodeProps<CanvasNode>) {
  // Node data enters the canvas only through the kinds' schemas (document-mapping.ts).
  const definition = definitionOf(type);
  const kindData = data as never;
  const outputs = definition.outputs(kindData);
  const issues = useNodeIssueCount(id);
  const live = useFlowStore((s) => s.liveNodeId === id);
  const stats = useNodeOverlay(id);
  const exits = new Map(stats?.exits.map((exit) => [exit.output, exit.count]));
  return (
    <div
      className={`w-60 rounded-lg border-2 text-xs shadow-sm ${nodeColourClasses[definition.colour]} ${selected ? 'ring-2 ring-blue-600 ring-offset-1' : ''} ${live ? 'outline outline-4 outline-offset-2 outline-emerald-500' : ''}`}
      data-testid={`node-${id}`}
      data-live={live || undefined}
    >
      {!definition.entry && <Handle type="target" position={Position.Left} className="!h-3 !w-3 !bg-slate-600" />}
      <div className="flex items-center justify-between gap-2 border-b border-black/10 px-3 py-1.5">
        <span className="font-semibold text-slate-800">
          <span aria-hidden className="mr-1">
            {definition.icon}
          </span>
          {definition.label}
        </span>
        <span className="truncate font-mono text-[10px] text-slate-700">{id}</span>
      </div>
      {stats && <NodeOverlayStats stats={stats} />}
      <div className="px-3 py-2 text-slate-700">
        <p className="break-words">{definition.summary(kindData)}</p>
        {issues.errors > 0 && <p className="mt-1 font-medium text-rose-700">{issues.errors} problem(s)</p>}
      </div>
      {outputs.length > 0 && (
        <ul className="space-y-1 border-t border-black/10 py-1.5">
          {outputs.map((output) => (
            <li key={output} className="relative pr-4 text-right text-[11px] text-slate-600" data-output={output}>
              {definition.outputLabel(output, kindData)}
              {stats && <ExitCount count={exits.get(output) ?? 0} />}
              <Handle
                type="source"
                id={output}
                position={Position.Right}
                className="!h-3 !w-3 !bg-blue-600"
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export const FlowNodeCard = memo(FlowNodeCardComponent);
