import { describe, expect, it } from 'vitest';
import { safeNextPath } from './safe-next-path';

describe('safeNextPath', () => {
  it('keeps a path on this site, with its query and fragment', () => {
    expect(safeNextPath('/history?status=FAILED#top')).toBe('/history?status=FAILED#top');
    expect(safeNextPath('/flows/abc')).toBe('/flows/abc');
  });

  it('sends anything that would leave the site home (open-redirect attempts)', () => {
    for (const next of ['//evil.example', 'https://evil.example', '/\\evil.example', '/\t/evil.example', '/\n/evil.example', '\\/evil.example', 'evil.example', 'javascript:alert(1)']) {
      expect(safeNextPath(next), JSON.stringify(next)).toBe('/');
    }
  });

  it('sends a missing or empty target home', () => {
    expect(safeNextPath(undefined)).toBe('/');
    expect(safeNextPath(null)).toBe('/');
    expect(safeNextPath('')).toBe('/');
  });
});
