'use client';

import { useCallback, useEffect, useState } from 'react';
import { callApi } from '@/lib/http/call-api';

export type FlowVersionSummary = { id: string; version: number; publishedAt: string; publishedBy: string | null };
export type FlowDetail = {
  publishedVersion: { id: string; version: number } | null;
  versions: FlowVersionSummary[];
  numbers: Array<{ number: string; label: string | null }>;
};

export type FlowDetailState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; flow: FlowDetail };

/**
 * The flow's versions and numbers (GET /api/flows/{id}), fetched again when `refreshKey` changes
 * or on reload(); nothing is fetched while `enabled` is false.
 */
export function useFlowDetail(flowId: string, refreshKey: number, enabled = true) {
  const [state, setState] = useState<FlowDetailState>({ status: 'loading' });
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    if (!enabled) return;
    let current = true;
    void callApi<FlowDetail>(`/api/flows/${flowId}`).then((result) => {
      if (!current) return;
      setState(result.ok ? { status: 'ready', flow: result.data } : { status: 'error', message: result.message });
    });
    return () => {
      current = false;
    };
  }, [flowId, refreshKey, reloads, enabled]);

  const reload = useCallback(() => setReloads((n) => n + 1), []);
  return { state, reload };
}
