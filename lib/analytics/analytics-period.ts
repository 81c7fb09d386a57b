import { defaultSpanMs } from './analytics-query';

// The analytics page's period picker, kept in the URL: a preset (24h, 7d, 30d) or
// custom dates (from and to inclusive, UTC days). Resolved to the endpoint's from/to.

export const periodPresets = { '24h': 'Last 24 hours', '7d': 'Last 7 days', '30d': 'Last 30 days' } as const;
export type PeriodPreset = keyof typeof periodPresets;
export type PeriodKey = PeriodPreset | 'custom';

const hourMs = 3_600_000;
const presetMs: Record<PeriodPreset, number> = { '24h': 24 * hourMs, '7d': defaultSpanMs, '30d': 30 * 24 * hourMs };

const isPreset = (value: string | undefined): value is PeriodPreset => value !== undefined && Object.hasOwn(presetMs, value);

export function toPeriodKey(value: string | undefined): PeriodKey {
  return value === 'custom' ? 'custom' : isPreset(value) ? value : '7d';
}

/** The period's key and the from/to to hand to analyticsQuery (unparsed strings for custom dates, so bad input is reported there). */
export function resolvePeriod(params: Record<string, string>, now: Date): { period: PeriodKey; from?: string; to?: string } {
  if (params.period === 'custom') {
    return { period: 'custom', from: params.from, to: params.to ? nextDay(params.to) : undefined };
  }
  const period = isPreset(params.period) ? params.period : '7d';
  return { period, from: new Date(now.getTime() - presetMs[period]).toISOString(), to: now.toISOString() };
}

/** The day after a YYYY-MM-DD date, so a custom "to" date includes that whole day; anything else is passed through to fail validation. */
function nextDay(date: string): string {
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(date) ? new Date(`${date}T00:00:00.000Z`) : null;
  if (!parsed || Number.isNaN(parsed.getTime())) return date;
  return new Date(parsed.getTime() + 24 * hourMs).toISOString();
}
