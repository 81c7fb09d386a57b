'use client';

import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { useFlowStoreApi } from './store/flow-store-context';

export const shortcuts: Array<{ keys: string; does: string }> = [
  { keys: 'Ctrl/⌘ + Z', does: 'Undo' },
  { keys: 'Ctrl/⌘ + Shift + Z, Ctrl/⌘ + Y', does: 'Redo' },
  { keys: 'Ctrl/⌘ + C', does: 'Copy the selected steps' },
  { keys: 'Ctrl/⌘ + V', does: 'Paste' },
  { keys: 'Ctrl/⌘ + A', does: 'Select every step' },
  { keys: 'Delete, Backspace', does: 'Delete the selection (not Start)' },
  { keys: 'Shift + click, Shift + drag', does: 'Select several steps' },
  { keys: 'Shift + L', does: 'Arrange the flow automatically' },
  { keys: 'Shift + F', does: 'Fit the flow in view' },
  { keys: '?', does: 'Show these shortcuts' },
];

const typingIn = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** The designer's keyboard shortcuts; none fire while the user types in a field. */
export function useEditorShortcuts(onHelp: () => void) {
  const store = useFlowStoreApi();
  const { fitView } = useReactFlow();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (typingIn(event.target)) return;
      const { actions, nodes } = store.getState();
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      const run = (action: () => void) => {
        event.preventDefault();
        action();
      };
      if (mod && key === 'z' && !event.shiftKey) run(actions.undo);
      else if (mod && ((key === 'z' && event.shiftKey) || key === 'y')) run(actions.redo);
      else if (mod && key === 'c') run(actions.copy);
      else if (mod && key === 'v') run(actions.paste);
      else if (mod && key === 'a') run(() => actions.selectOnly(nodes.map((n) => n.id)));
      else if (!mod && event.shiftKey && key === 'l') run(actions.autoLayout);
      else if (!mod && event.shiftKey && key === 'f') run(() => void fitView({ duration: 200 }));
      else if (event.key === '?') run(onHelp);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, fitView, onHelp]);
}
