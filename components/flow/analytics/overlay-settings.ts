import { resolvePeriod, type PeriodKey } from '@/lib/analytics/analytics-period';
import type { FlowCampaign } from '@/lib/analytics/flow-overlay-query';

// What the designer's analytics overlay is asked for: a version and a period, as the
// dashboard (/analytics) takes it — a preset, or UTC dates with "to" inclusive — and
// optionally one campaign's calls only.

export type OverlaySettings = {
  /** Null: the published version. */
  version: number | null;
  period: PeriodKey;
  /** YYYY-MM-DD, used when period is "custom". */
  from: string;
  to: string;
  /** A campaign's id: only its calls. Null: every call. */
  campaign: string | null;
};

export const defaultOverlaySettings: OverlaySettings = { version: null, period: '7d', from: '', to: '', campaign: null };

const utcDay = (iso: string) => iso.slice(0, 10);

/** A campaign's calls: on the version it ran, over the days it ran (until today while it still runs). */
export function withCampaign(settings: OverlaySettings, campaign: FlowCampaign, now: Date): OverlaySettings {
  const to = utcDay(campaign.finishedAt ?? now.toISOString());
  return { ...settings, campaign: campaign.id, version: campaign.version, period: 'custom', from: utcDay(campaign.startedAt), to };
}

/** The overlay's state kept in the designer's URL, so a reload or a link opens it the same: on, and its campaign. */
export function overlaySearch(search: string, on: boolean, campaign: string | null): string {
  const params = new URLSearchParams(search);
  params.delete('analytics');
  params.delete('campaign');
  if (on) params.set('analytics', 'on');
  if (on && campaign) params.set('campaign', campaign);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The designer with the overlay on, counting one campaign's calls (the campaign page links here). */
export function campaignOverlayHref(flowId: string, campaignId: string): string {
  return `/flows/${encodeURIComponent(flowId)}${overlaySearch('', true, campaignId)}`;
}

/** Custom dates wait until both are filled in; anything they say wrong, the endpoint names. */
export function isComplete(settings: OverlaySettings): boolean {
  return settings.period !== 'custom' || (settings.from !== '' && settings.to !== '');
}

const periodParams = (settings: OverlaySettings): Record<string, string> =>
  settings.period === 'custom' ? { period: 'custom', from: settings.from, to: settings.to } : { period: settings.period };

/** GET /api/flows/{id}/analytics for the settings; presets end at `now`. */
export function overlayUrl(flowId: string, version: number, settings: OverlaySettings, now: Date): string {
  const { from, to } = resolvePeriod(periodParams(settings), now);
  const query = new URLSearchParams({ version: String(version) });
  if (from) query.set('from', from);
  if (to) query.set('to', to);
  if (settings.campaign) query.set('campaign', settings.campaign);
  return `/api/flows/${encodeURIComponent(flowId)}/analytics?${query}`;
}

/** The same flow and period on the analytics dashboard. */
export function dashboardHref(flowId: string, settings: OverlaySettings): string {
  return `/analytics?${new URLSearchParams({ flowId, ...periodParams(settings) })}`;
}
