'use client';

import { useEffect, useMemo, useState } from 'react';
import type { FlowDocument } from '@/lib/flow/document';
import { callApi } from '@/lib/http/call-api';
import { createFlowStore, type FlowEditorStore } from '../store/flow-store';
import { useFlowStoreApi } from '../store/flow-store-context';

export type VersionStore =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; store: FlowEditorStore };

type Loaded = { key: string; document: FlowDocument } | { key: string; error: string };

/**
 * A read-only designer store holding published version `version` (null: none), so the
 * overlay's counts sit on the graph they were counted on. The editor's own store, and
 * so the draft and its autosave, are left alone. `attempt` changes to fetch again after an error.
 */
export function useVersionStore(version: number | null, attempt: number): VersionStore {
  const editor = useFlowStoreApi();
  const flowId = editor.getState().flowId;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const key = version === null ? null : JSON.stringify([flowId, version, attempt]);
  // A version never changes: after a successful load, a retry keeps it.
  const [kept, setKept] = useState<{ version: number; document: FlowDocument } | null>(null);

  useEffect(() => {
    if (key === null || version === null) return;
    let current = true;
    void callApi<{ document: FlowDocument }>(`/api/flows/${encodeURIComponent(flowId)}/versions/${version}`).then((result) => {
      if (!current) return;
      setLoaded(result.ok ? { key, document: result.data.document } : { key, error: result.message });
      if (result.ok) setKept({ version, document: result.data.document });
    });
    return () => {
      current = false;
    };
  }, [key, flowId, version]);

  const document = kept?.version === version ? kept.document : null;
  const store = useMemo(() => {
    if (!document) return null;
    const { name, revision } = editor.getState();
    return createFlowStore({ flowId, name, revision, document, readOnly: true });
  }, [editor, flowId, document]);

  if (version === null) return { status: 'none' };
  if (store) return { status: 'ready', store };
  if (loaded?.key === key && 'error' in loaded) return { status: 'error', message: loaded.error };
  return { status: 'loading' };
}
