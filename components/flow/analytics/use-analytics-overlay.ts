'use client';

import { useCallback, useMemo, useState } from 'react';
import { useFlowStore } from '../store/flow-store-context';
import { useFlowDetail, type FlowDetailState } from '../use-flow-detail';
import { overlayView, type OverlayView } from './overlay-context';
import { defaultOverlaySettings, type OverlaySettings } from './overlay-settings';
import { useFlowOverlay, type FlowOverlayState } from './use-flow-overlay';
import { useVersionStore, type VersionStore } from './use-version-store';

export type AnalyticsOverlay = {
  on: boolean;
  toggle: () => void;
  settings: OverlaySettings;
  setSettings: (settings: OverlaySettings) => void;
  detail: FlowDetailState;
  /** The version counted: the one chosen, else the one on the canvas (a version page), else the published one. */
  version: number | null;
  /** The other version's read-only canvas, when the canvas does not show the version counted. */
  versionStore: VersionStore;
  counts: FlowOverlayState;
  /** The counts for the canvas, null while off or not ready (the canvas is then untouched). */
  view: OverlayView | null;
  retry: () => void;
};

/**
 * The designer's analytics overlay: on/off, its version and period, the counts, and the
 * version to show. `shownVersion` is the published version the canvas shows (null: the draft).
 */
export function useAnalyticsOverlay(shownVersion: number | null, refreshKey: number): AnalyticsOverlay {
  const flowId = useFlowStore((s) => s.flowId);
  const [on, setOn] = useState(false);
  const [settings, setSettings] = useState(defaultOverlaySettings);
  const [attempt, setAttempt] = useState(0);
  const { state: detail, reload } = useFlowDetail(flowId, refreshKey, on);

  const published = detail.status === 'ready' ? (detail.flow.publishedVersion?.version ?? null) : null;
  const version = on ? (settings.version ?? shownVersion ?? published) : null;
  const versionStore = useVersionStore(version !== null && version !== shownVersion ? version : null, attempt);
  const { state: counts, retry: refetchCounts } = useFlowOverlay(flowId, version, settings);

  const canvasReady = version !== null && (version === shownVersion || versionStore.status === 'ready');
  const data = counts.status === 'ready' && counts.data.version.number === version ? counts.data : null;
  const view = useMemo(() => (canvasReady && data ? overlayView(data) : null), [canvasReady, data]);

  const toggle = useCallback(() => setOn((value) => !value), []);
  const retry = useCallback(() => {
    setAttempt((n) => n + 1);
    refetchCounts();
    reload();
  }, [refetchCounts, reload]);

  return { on, toggle, settings, setSettings, detail, version, versionStore, counts, view, retry };
}
