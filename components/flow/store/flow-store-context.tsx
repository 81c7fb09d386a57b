'use client';

import { createContext, useContext, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { createFlowStore, type FlowEditorActions, type FlowEditorState, type FlowEditorStore, type FlowStoreInit } from './flow-store';

const FlowStoreContext = createContext<FlowEditorStore | null>(null);

/** One store per open flow, created from what the server page loaded. */
export function FlowStoreProvider({ init, children }: { init: FlowStoreInit; children: ReactNode }) {
  const [store] = useState(() => createFlowStore(init));
  return <FlowStoreContext.Provider value={store}>{children}</FlowStoreContext.Provider>;
}

/**
 * Shows `store` to everything inside instead of the open flow's own (null: the open flow's).
 * Always the same element, so switching stores re-renders the editor without remounting it.
 */
export function FlowStoreScope({ store, children }: { store: FlowEditorStore | null; children: ReactNode }) {
  const own = useFlowStoreApi();
  return <FlowStoreContext.Provider value={store ?? own}>{children}</FlowStoreContext.Provider>;
}

export function useFlowStoreApi(): FlowEditorStore {
  const store = useContext(FlowStoreContext);
  if (!store) throw new Error('useFlowStore must be used inside <FlowStoreProvider>');
  return store;
}

/** Reads state with a shallow-compared selector. */
export function useFlowStore<T>(selector: (state: FlowEditorState) => T): T {
  return useStore(useFlowStoreApi(), useShallow(selector));
}

export function useFlowActions(): FlowEditorActions {
  return useStore(useFlowStoreApi(), (s) => s.actions);
}
