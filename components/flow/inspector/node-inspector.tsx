'use client';

import { nodeRegistry, type NodeDataOf, type NodeKind } from '@/lib/flow/registry';
import { useFlowStore } from '../store/flow-store-context';
import { CallflowPreview } from './callflow-preview';
import { InspectorTabs } from './inspector-tabs';
import { NodeForm } from './node-form';

/** One selected step: its kind, its id, and the Settings / Callflow tabs. */
export function NodeInspector({ nodeId }: { nodeId: string }) {
  // Data and kind only: dragging the node (a new position) does not re-render the form.
  const node = useFlowStore((s) => {
    const found = s.nodes.find((n) => n.id === nodeId);
    return { kind: found?.type, data: found?.data };
  });
  if (!node.kind || !node.data) return null;
  const kind: NodeKind = node.kind;
  const data = node.data;
  const definition = nodeRegistry[kind];
  return (
    <div>
      <header className="space-y-1 border-b border-slate-200 p-3">
        <div className="flex items-center justify-between gap-2">
          <h2 className="text-sm font-semibold text-slate-900">
            <span aria-hidden className="mr-1">
              {definition.icon}
            </span>
            {definition.label}
          </h2>
          <span className="truncate font-mono text-xs text-slate-500" title="Step id">
            <span className="sr-only">Step id </span>
            {nodeId}
          </span>
        </div>
        <p className="text-xs text-slate-600">{definition.description}</p>
      </header>
      {/* Keyed by node: switching steps starts from Settings with fresh field drafts. */}
      <InspectorTabs
        key={nodeId}
        label="Step details"
        tabs={[
          { id: 'settings', label: 'Settings', content: () => <NodeForm nodeId={nodeId} kind={kind} data={data} /> },
          {
            id: 'callflow',
            label: 'Callflow',
            // Node data enters the canvas only through the kinds' schemas (document-mapping.ts).
            content: () => <CallflowPreview nodeId={nodeId} kind={kind} data={data as NodeDataOf<typeof kind>} />,
          },
        ]}
      />
    </div>
  );
}
