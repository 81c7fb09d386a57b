'use client';

import { useEffect, useRef, useState } from 'react';
import { launchOutcome, type LaunchResponse } from '@/lib/calls/launch-outcome';
import type { CallbackRow } from '@/lib/calls/parse-callback-csv';
import { createBatchControl, runBatch, type BatchControl, type BatchResult } from '@/lib/calls/run-batch';
import { callApi } from '@/lib/http/call-api';

export type BatchStatus = 'idle' | 'running' | 'paused' | 'done' | 'cancelled';
export type Batch = { rows: CallbackRow[]; varColumns: string[] };
export type BatchSettings = { flowId: string; source: string | null; ratePerMinute: number };

/** A batch of callbacks run from this tab: state lives here only, so closing the tab stops it. */
export function useBulkRun() {
  const [status, setStatus] = useState<BatchStatus>('idle');
  const [batch, setBatch] = useState<Batch | null>(null);
  const [results, setResults] = useState<BatchResult[]>([]);
  const control = useRef<BatchControl | null>(null);
  const active = status === 'running' || status === 'paused';

  // Leaving the page ends the loop rather than launching from a dead component.
  useEffect(() => () => control.current?.cancel(), []);

  useEffect(() => {
    if (!active) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [active]);

  /** `onCreated` hears of each call 8x8 created, e.g. to refresh a call list. */
  const start = (next: Batch, settings: BatchSettings, onCreated?: () => void) => {
    control.current?.cancel();
    const run = createBatchControl();
    control.current = run;
    setBatch(next);
    setResults([]);
    setStatus('running');
    void runBatch({
      rows: next.rows,
      ratePerMinute: settings.ratePerMinute,
      control: run,
      launch: (row) => launchRow(row, settings),
      onResult: (result) => {
        if (control.current !== run) return;
        setResults((all) => [...all, result]);
        if (result.outcome === 'created') onCreated?.();
      },
    }).then(() => {
      if (control.current === run) setStatus(run.cancelled ? 'cancelled' : 'done');
    });
  };

  return {
    status,
    batch,
    results,
    start,
    pause: () => {
      control.current?.pause();
      setStatus('paused');
    },
    resume: () => {
      control.current?.resume();
      setStatus('running');
    },
    cancel: () => {
      control.current?.cancel();
      setStatus('cancelled');
    },
  };
}

async function launchRow(row: CallbackRow, settings: BatchSettings): Promise<BatchResult> {
  const hasVars = Object.keys(row.vars).length > 0;
  const result = await callApi<LaunchResponse>('/api/calls', {
    method: 'POST',
    body: { flowId: settings.flowId, destination: row.number, ...(settings.source && { source: settings.source }), ...(hasVars && { vars: row.vars }) },
  });
  const outcome = launchOutcome(row.number, result);
  if (outcome.kind === 'created') return { row: row.row, number: row.number, outcome: 'created', sessionId: outcome.sessionId, reason: null };
  return { row: row.row, number: row.number, outcome: 'failed', sessionId: null, reason: outcome.words };
}
