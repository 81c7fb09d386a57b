'use client';

import { useCallback, useEffect, useState } from 'react';
import type { FlowOverlay } from '@/lib/analytics/flow-overlay-query';
import { callApi } from '@/lib/http/call-api';
import { isComplete, overlayUrl, type OverlaySettings } from './overlay-settings';

export type FlowOverlayState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; data: FlowOverlay };

type Answer = { status: 'error'; message: string } | { status: 'ready'; data: FlowOverlay };

/** The overlay's counts for a version and period (and campaign); `version` null fetches nothing. retry() fetches again (a preset then ends now). */
export function useFlowOverlay(flowId: string, version: number | null, settings: OverlaySettings) {
  const [attempt, setAttempt] = useState(0);
  const [answer, setAnswer] = useState<{ key: string; answer: Answer } | null>(null);
  const { period, from, to, campaign } = settings;
  // One key per request: an answer shows only for the request that asked for it.
  const key = version === null || !isComplete(settings) ? null : JSON.stringify([flowId, version, period, from, to, campaign, attempt]);

  useEffect(() => {
    if (key === null || version === null) return;
    let current = true;
    void callApi<FlowOverlay>(overlayUrl(flowId, version, { version, period, from, to, campaign }, new Date())).then((result) => {
      if (current) setAnswer({ key, answer: result.ok ? { status: 'ready', data: result.data } : { status: 'error', message: result.message } });
    });
    return () => {
      current = false;
    };
  }, [key, flowId, version, period, from, to, campaign]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const state: FlowOverlayState = key === null ? { status: 'idle' } : answer?.key === key ? answer.answer : { status: 'loading' };
  return { state, retry };
}
