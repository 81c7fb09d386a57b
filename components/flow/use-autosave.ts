'use client';

import { useEffect, useState } from 'react';
import { createAutosave, type Autosave } from './autosave-controller';
import { useFlowStoreApi } from './store/flow-store-context';

export type { Autosave } from './autosave-controller';

/** Autosave for the open flow, and a warning before leaving with unsaved changes. */
export function useAutosave(delayMs = 800): Autosave {
  const store = useFlowStoreApi();
  const [autosave] = useState(() => createAutosave(store, delayMs));
  useEffect(() => {
    const stop = autosave.watch();
    const warn = (event: BeforeUnloadEvent) => {
      if (store.getState().save.state !== 'saved') event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      stop();
    };
  }, [store, autosave]);
  return autosave;
}
