import type { FlowDocument } from '@/lib/flow/document';
import { toDocument } from './store/document-mapping';
import type { FlowEditorStore } from './store/flow-store';

const retryAfterMs = 5000;

/**
 * Saves the draft a moment after each change, with the revision it was based on.
 * A refusal because someone else saved first (409) becomes a conflict the user
 * resolves — nothing is overwritten silently. Network failures keep the changes
 * and retry.
 */
export function createAutosave(store: FlowEditorStore, delayMs: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<boolean> | null = null;

  const schedule = (after = delayMs) => {
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), after);
  };

  async function attempt(): Promise<boolean> {
    const state = store.getState();
    const { actions } = state;
    const basedOn = state.changeCount;
    actions.setSave({ state: 'saving' });
    try {
      const response = await fetch(`/api/flows/${state.flowId}`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        // The name only when edited here, so a rename made elsewhere is not undone.
        body: JSON.stringify({
          document: toDocument(state.nodes, state.edges),
          draftRevision: state.revision,
          ...(state.nameDirty && { name: state.name }),
        }),
      });
      const body = (await response.json().catch(() => ({}))) as { draftRevision?: number; error?: string };
      if (response.ok && body.draftRevision !== undefined) {
        actions.setRevision(body.draftRevision);
        if (state.nameDirty && store.getState().name === state.name) actions.markNameSaved();
        const changedSince = store.getState().changeCount !== basedOn;
        actions.setSave(changedSince ? { state: 'dirty' } : { state: 'saved', at: Date.now() });
        if (changedSince) schedule();
        return !changedSince;
      }
      if (response.status === 409) {
        actions.setSave({ state: 'conflict', message: body.error ?? 'This flow was changed elsewhere.', serverRevision: body.draftRevision ?? state.revision });
        return false;
      }
      actions.setSave({ state: 'error', message: body.error ?? `Saving failed (HTTP ${response.status}).` });
      return false;
    } catch {
      actions.setSave({ state: 'error', message: 'The server cannot be reached. Your changes are kept here and saved when it answers.' });
      schedule(retryAfterMs);
      return false;
    }
  }

  /** Saves now (waiting for a save in progress); true when the canvas is saved. */
  async function flush(): Promise<boolean> {
    clearTimeout(timer);
    while (inFlight) await inFlight;
    const { readOnly, save } = store.getState();
    if (readOnly || save.state === 'conflict') return false;
    if (save.state === 'saved') return true;
    inFlight = attempt();
    try {
      return await inFlight;
    } finally {
      inFlight = null;
    }
  }

  /** Conflict: replace my canvas with the saved draft. */
  async function loadLatest(): Promise<void> {
    const { flowId, actions } = store.getState();
    const response = await fetch(`/api/flows/${flowId}`);
    if (!response.ok) {
      actions.setSave({ state: 'error', message: `Could not load the latest draft (HTTP ${response.status}).` });
      return;
    }
    const flow = (await response.json()) as { draft: FlowDocument; draftRevision: number; name: string };
    actions.replaceDocument(flow.draft, flow.draftRevision, flow.name);
  }

  /** Conflict: keep my canvas and save it over the other change, by explicit choice. */
  async function keepMine(): Promise<void> {
    const { save, actions } = store.getState();
    if (save.state !== 'conflict') return;
    actions.setRevision(save.serverRevision);
    actions.setSave({ state: 'dirty' });
    await flush();
  }

  /** Starts following changes; returns the function that stops. */
  function watch(): () => void {
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.changeCount !== previous.changeCount) schedule();
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }

  return { flush, loadLatest, keepMine, watch };
}

export type Autosave = Omit<ReturnType<typeof createAutosave>, 'watch'>;
