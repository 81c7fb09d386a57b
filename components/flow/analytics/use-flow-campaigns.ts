'use client';

import { useEffect, useState } from 'react';
import type { FlowCampaign } from '@/lib/analytics/flow-overlay-query';
import { callApi } from '@/lib/http/call-api';

export type FlowCampaignsState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; campaigns: FlowCampaign[] };

/** The campaigns that ran the flow (GET /api/flows/{id}/campaigns), fetched while `enabled`, again when `refreshKey` changes. */
export function useFlowCampaigns(flowId: string, enabled: boolean, refreshKey: number): FlowCampaignsState {
  const [state, setState] = useState<FlowCampaignsState>({ status: 'loading' });
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    void callApi<{ campaigns: FlowCampaign[] }>(`/api/flows/${encodeURIComponent(flowId)}/campaigns`).then((result) => {
      if (current) setState(result.ok ? { status: 'ready', campaigns: result.data.campaigns } : { status: 'error', message: result.message });
    });
    return () => {
      current = false;
    };
  }, [flowId, enabled, refreshKey]);
  return state;
}
