import { resolvePeriod, type PeriodKey } from '@/lib/analytics/analytics-period';

// What the designer's analytics overlay is asked for: a version and a period, as the
// dashboard (/analytics) takes it — a preset, or UTC dates with "to" inclusive.

export type OverlaySettings = {
  /** Null: the published version. */
  version: number | null;
  period: PeriodKey;
  /** YYYY-MM-DD, used when period is "custom". */
  from: string;
  to: string;
};

export const defaultOverlaySettings: OverlaySettings = { version: null, period: '7d', from: '', to: '' };

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
  return `/api/flows/${encodeURIComponent(flowId)}/analytics?${query}`;
}

/** The same flow and period on the analytics dashboard. */
export function dashboardHref(flowId: string, settings: OverlaySettings): string {
  return `/analytics?${new URLSearchParams({ flowId, ...periodParams(settings) })}`;
}
