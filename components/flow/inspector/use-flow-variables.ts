'use client';

import { useFlowStore } from '../store/flow-store-context';

/** Names set by the flow's Set variable steps, sorted, for {{vars.name}}. */
export function useFlowVariables(): string[] {
  return useFlowStore((s) => {
    const names = new Set<string>();
    for (const node of s.nodes) {
      const name = node.type === 'setVariable' ? node.data.name : undefined;
      if (typeof name === 'string' && name) names.add(name);
    }
    return [...names].sort();
  });
}
