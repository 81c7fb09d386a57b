'use client';

import { useEffect, useState } from 'react';
import type { FlowDocument } from '@/lib/flow/document';
import { callApi } from '@/lib/http/call-api';

export type FlowChoice = { id: string; name: string; publishedVersion: number | null };
export type VersionChoice = { id: string; version: number };

/** The flows a Subflow step may run: those with a published version. */
export function useFlowChoices(): FlowChoice[] | 'loading' | 'error' {
  const [flows, setFlows] = useState<FlowChoice[] | 'loading' | 'error'>('loading');
  useEffect(() => {
    let live = true;
    void callApi<{ flows: FlowChoice[] }>('/api/flows?pageSize=500').then((result) => {
      if (live) setFlows(result.ok ? result.data.flows.filter((f) => f.publishedVersion !== null) : 'error');
    });
    return () => {
      live = false;
    };
  }, []);
  return flows;
}

/** A flow's published versions, newest first. */
export function useVersionChoices(flowId: string): VersionChoice[] {
  const [versions, setVersions] = useState<{ flowId: string; list: VersionChoice[] }>({ flowId: '', list: [] });
  useEffect(() => {
    if (!flowId) return;
    let live = true;
    void callApi<{ versions: VersionChoice[] }>(`/api/flows/${flowId}`).then((result) => {
      if (live && result.ok) setVersions({ flowId, list: result.data.versions });
    });
    return () => {
      live = false;
    };
  }, [flowId]);
  return versions.flowId === flowId ? versions.list : [];
}

/** One version's document (published versions never change). */
export async function loadVersionDocument(flowId: string, version: number): Promise<FlowDocument | null> {
  const result = await callApi<{ document: FlowDocument }>(`/api/flows/${flowId}/versions/${version}`);
  return result.ok ? result.data.document : null;
}
