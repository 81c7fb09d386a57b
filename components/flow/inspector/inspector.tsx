'use client';

import { useFlowStore } from '../store/flow-store-context';

/** Placeholder until the per-kind forms land: shows the selected node's data. */
export function Inspector() {
  const selected = useFlowStore((s) => s.nodes.filter((n) => n.selected));
  if (selected.length !== 1) return <p className="p-3 text-sm text-slate-600">Select one step to edit it.</p>;
  return <pre className="overflow-auto p-3 text-xs">{JSON.stringify(selected[0]!.data, null, 2)}</pre>;
}
