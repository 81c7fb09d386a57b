'use client';

import { useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useCan } from '@/components/auth/actor-context';
import { useFlowStore } from '../store/flow-store-context';
import { useFlowDetail, type FlowDetailState } from '../use-flow-detail';
import { overlayView, type OverlayView } from './overlay-context';
import { defaultOverlaySettings, overlaySearch, withCampaign, type OverlaySettings } from './overlay-settings';
import { useFlowCampaigns, type FlowCampaignsState } from './use-flow-campaigns';
import { useFlowOverlay, type FlowOverlayState } from './use-flow-overlay';
import { useVersionStore, type VersionStore } from './use-version-store';

export type AnalyticsOverlay = {
  on: boolean;
  toggle: () => void;
  settings: OverlaySettings;
  setSettings: (settings: OverlaySettings) => void;
  detail: FlowDetailState;
  /** The campaigns that ran the flow; null for a role that cannot read campaigns (no filter then). */
  campaigns: FlowCampaignsState | null;
  /** The campaign a link named, when it did not run this flow. */
  unknownCampaign: string | null;
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
 * The designer's analytics overlay: on/off, its version, period and campaign, the counts, and
 * the version to show. `shownVersion` is the published version the canvas shows (null: the
 * draft). On/off and the campaign live in the URL (?analytics=on&campaign=…), so a reload or
 * the campaign page's link opens the overlay as it was.
 */
export function useAnalyticsOverlay(shownVersion: number | null, refreshKey: number): AnalyticsOverlay {
  const flowId = useFlowStore((s) => s.flowId);
  const search = useSearchParams();
  const readCampaigns = useCan('campaigns.read').allowed;
  const [on, setOn] = useState(() => search.get('analytics') === 'on');
  const [settings, setSettings] = useState(defaultOverlaySettings);
  // A campaign named by the URL, until the flow's campaigns say which version and days it ran.
  const [linked, setLinked] = useState(() => (readCampaigns && search.get('analytics') === 'on' ? search.get('campaign') : null));
  const [unknownCampaign, setUnknownCampaign] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const { state: detail, reload } = useFlowDetail(flowId, refreshKey, on);
  const campaigns = useFlowCampaigns(flowId, on && readCampaigns, refreshKey + attempt);

  if (linked !== null && campaigns.status !== 'loading') {
    setLinked(null);
    const found = campaigns.status === 'ready' ? campaigns.campaigns.find((c) => c.id === linked) : undefined;
    if (found) setSettings(withCampaign(settings, found, new Date()));
    else if (campaigns.status === 'ready') setUnknownCampaign(linked);
  }

  const campaign = settings.campaign ?? linked;
  useEffect(() => {
    const next = overlaySearch(window.location.search, on, campaign);
    if (next !== window.location.search) window.history.replaceState(window.history.state, '', `${window.location.pathname}${next}${window.location.hash}`);
  }, [on, campaign]);

  const published = detail.status === 'ready' ? (detail.flow.publishedVersion?.version ?? null) : null;
  const version = on && linked === null ? (settings.version ?? shownVersion ?? published) : null;
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

  return {
    on,
    toggle,
    settings,
    setSettings,
    detail,
    campaigns: readCampaigns ? campaigns : null,
    unknownCampaign,
    version,
    versionStore,
    counts,
    view,
    retry,
  };
}
