'use client';

import { nodeRegistry } from '@/lib/flow/registry';
import { useFlowActions, useFlowStore } from '../store/flow-store-context';
import { NodeInspector } from './node-inspector';

/** The "Step" tab: the selected step's settings and callflow, or what to do with several. */
export function Inspector() {
  const selected = useFlowStore((s) => s.nodes.filter((n) => n.selected).map((n) => n.id));
  const { readOnly, deletable, withStart } = useFlowStore((s) => ({
    readOnly: s.readOnly,
    deletable: s.nodes.filter((n) => n.selected && !nodeRegistry[n.type].entry).length,
    withStart: s.nodes.some((n) => n.selected && nodeRegistry[n.type].entry),
  }));
  const actions = useFlowActions();

  if (selected.length === 1) return <NodeInspector nodeId={selected[0]!} />;
  if (selected.length > 1) {
    return (
      <div className="space-y-3 p-3 text-sm text-slate-700">
        <p>
          <strong>{selected.length} steps selected.</strong> Select a single step to edit it.
        </p>
        <button
          type="button"
          onClick={actions.deleteSelection}
          disabled={readOnly || deletable === 0}
          className="rounded border border-rose-300 bg-white px-3 py-1 text-sm text-rose-700 hover:bg-rose-50 disabled:cursor-not-allowed disabled:opacity-50"
        >
          Delete {deletable === 1 ? '1 step' : `${deletable} steps`}
        </button>
        {withStart && <p className="text-xs text-slate-500">The Start step stays: every call begins there.</p>}
      </div>
    );
  }
  return (
    <div className="space-y-2 p-3 text-sm text-slate-600">
      <p>Select a step on the canvas to edit its settings and see the callflow it sends 8x8.</p>
      <p className="text-xs text-slate-500">Shift + click selects several; add steps from the list on the left.</p>
    </div>
  );
}
