import { describe, expect, it } from 'vitest';
import { contactTimeZones, summariseTimeZones, zoneTableOf } from './contact-time-zones';

const table = zoneTableOf({
  '1': 'America/New_York&America/Los_Angeles',
  '1212': 'America/New_York',
  '1310': 'America/Los_Angeles',
  '61': 'Australia/Perth&Australia/Sydney',
  '6189': 'Australia/Adelaide&Australia/Perth',
  '617303': 'Australia/Brisbane',
  bad: 'Etc/UTC',
  '44': '',
});

describe('contactTimeZones', () => {
  it('takes the longest known prefix', () => {
    expect(contactTimeZones('+12125550123', table)).toEqual({ zones: ['America/New_York'], fallback: false });
    expect(contactTimeZones('+13105550123', table)).toEqual({ zones: ['America/Los_Angeles'], fallback: false });
    expect(contactTimeZones('+61730312345', table)).toEqual({ zones: ['Australia/Brisbane'], fallback: false });
    expect(contactTimeZones('+61891234567', table)).toEqual({ zones: ['Australia/Adelaide', 'Australia/Perth'], fallback: false });
  });
  it('gives every zone of a whole-country prefix', () => {
    expect(contactTimeZones('+18005550123', table)).toEqual({ zones: ['America/New_York', 'America/Los_Angeles'], fallback: false });
  });
  it('falls back to UTC, saying so, for a number no prefix knows', () => {
    expect(contactTimeZones('+442071838750', table)).toEqual({ zones: ['UTC'], fallback: true });
    expect(contactTimeZones('+37060012345', table)).toEqual({ zones: ['UTC'], fallback: true });
  });
  it('keeps only digit prefixes with zones', () => {
    expect([...table.keys()].sort()).toEqual(['1', '1212', '1310', '61', '617303', '6189']);
  });
});

describe('summariseTimeZones', () => {
  it('counts contacts by one zone, several zones and no zone, listing the fallbacks by line', () => {
    const contacts = ['+12125550123', '+18005550123', '+442071838750', '+61891234567', '+37060012345', '+6591234567'].map((number, i) => ({ line: i + 2, number }));
    expect(summariseTimeZones(contacts, (n) => contactTimeZones(n, table), 1)).toEqual({
      oneZone: 1,
      severalZones: 2,
      fallback: [{ line: 4, number: '+442071838750' }],
      fallbackCount: 3,
    });
  });
});
