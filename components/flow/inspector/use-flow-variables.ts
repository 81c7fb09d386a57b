'use client';

import { definitionOf } from '@/lib/flow/registry';
import { useFlowStore } from '../store/flow-store-context';

/** Names the flow's steps set (Set variable, …), sorted, for {{vars.name}}. */
export function useFlowVariables(): string[] {
  return useFlowStore((s) => {
    const names = new Set<string>();
    for (const node of s.nodes) {
      // Node data enters the canvas only through the kinds' schemas (document-mapping.ts).
      for (const name of definitionOf(node.type).defines(node.data as never)) names.add(name);
    }
    return [...names].sort();
  });
}
