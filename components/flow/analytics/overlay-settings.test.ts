import { describe, expect, it } from 'vitest';
import { dashboardHref, defaultOverlaySettings, isComplete, overlayUrl } from './overlay-settings';

const now = new Date('2026-03-10T12:00:00Z');
const query = (url: string) => Object.fromEntries(new URL(url, 'http://x').searchParams);

describe('overlay settings', () => {
  it('asks for a preset period ending now', () => {
    expect(query(overlayUrl('f1', 2, defaultOverlaySettings, now))).toEqual({
      version: '2',
      from: '2026-03-03T12:00:00.000Z',
      to: '2026-03-10T12:00:00.000Z',
    });
    expect(query(overlayUrl('f1', 2, { ...defaultOverlaySettings, period: '24h' }, now)).from).toBe('2026-03-09T12:00:00.000Z');
  });

  it('asks for custom dates as whole UTC days, "to" included', () => {
    const url = overlayUrl('f1', 1, { version: 1, period: 'custom', from: '2026-03-01', to: '2026-03-02' }, now);
    expect(url.startsWith('/api/flows/f1/analytics?')).toBe(true);
    expect(query(url)).toEqual({ version: '1', from: '2026-03-01', to: '2026-03-03T00:00:00.000Z' });
  });

  it('waits for both custom dates', () => {
    expect(isComplete(defaultOverlaySettings)).toBe(true);
    expect(isComplete({ ...defaultOverlaySettings, period: 'custom', from: '2026-03-01' })).toBe(false);
    expect(isComplete({ ...defaultOverlaySettings, period: 'custom', from: '2026-03-01', to: '2026-03-01' })).toBe(true);
  });

  it('links to the dashboard for the same flow and period', () => {
    expect(dashboardHref('f1', defaultOverlaySettings)).toBe('/analytics?flowId=f1&period=7d');
    expect(dashboardHref('f1', { version: null, period: 'custom', from: '2026-03-01', to: '2026-03-02' })).toBe(
      '/analytics?flowId=f1&period=custom&from=2026-03-01&to=2026-03-02',
    );
  });
});
