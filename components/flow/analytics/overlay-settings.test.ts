import { describe, expect, it } from 'vitest';
import { campaignOverlayHref, dashboardHref, defaultOverlaySettings, isComplete, overlaySearch, overlayUrl, withCampaign } from './overlay-settings';

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
    const url = overlayUrl('f1', 1, { ...defaultOverlaySettings, version: 1, period: 'custom', from: '2026-03-01', to: '2026-03-02' }, now);
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
    expect(dashboardHref('f1', { ...defaultOverlaySettings, period: 'custom', from: '2026-03-01', to: '2026-03-02' })).toBe(
      '/analytics?flowId=f1&period=custom&from=2026-03-01&to=2026-03-02',
    );
  });

  it('a campaign: its calls, on its version, over the days it ran', () => {
    const campaign = { id: 'c1', name: 'Renewals', status: 'DONE', version: 3, startedAt: '2026-03-02T23:50:00.000Z', finishedAt: '2026-03-04T01:00:00.000Z' };
    const settings = withCampaign(defaultOverlaySettings, campaign, now);
    expect(settings).toEqual({ version: 3, period: 'custom', from: '2026-03-02', to: '2026-03-04', campaign: 'c1' });
    expect(query(overlayUrl('f1', 3, settings, now))).toEqual({ version: '3', from: '2026-03-02', to: '2026-03-05T00:00:00.000Z', campaign: 'c1' });
    // Still running: until today.
    expect(withCampaign(defaultOverlaySettings, { ...campaign, finishedAt: null }, now).to).toBe('2026-03-10');
  });

  it('keeps the overlay and its campaign in the URL, beside other parameters', () => {
    expect(overlaySearch('', true, null)).toBe('?analytics=on');
    expect(overlaySearch('?x=1&analytics=on&campaign=c0', true, 'c1')).toBe('?x=1&analytics=on&campaign=c1');
    expect(overlaySearch('?analytics=on&campaign=c1', false, 'c1')).toBe('');
    expect(campaignOverlayHref('f 1', 'c1')).toBe('/flows/f%201?analytics=on&campaign=c1');
  });
});
