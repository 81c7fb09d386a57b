import { describe, expect, it } from 'vitest';
import { checkCampaignTimes, localDateTimeValue } from './campaign-times';

const now = new Date('2026-12-01T09:00:00Z');
const at = (iso: string) => new Date(iso);

describe('checkCampaignTimes', () => {
  it('takes no start (run means now) or a start before the end', () => {
    expect(checkCampaignTimes(null, at('2026-12-02T00:00:00Z'), now)).toEqual({});
    expect(checkCampaignTimes(at('2026-12-01T10:00:00Z'), at('2026-12-01T11:00:00Z'), now)).toEqual({});
  });

  it('takes a start of this minute, a few seconds old', () => {
    expect(checkCampaignTimes(at('2026-12-01T08:59:30Z'), at('2026-12-01T11:00:00Z'), now)).toEqual({});
  });

  it('refuses a start in the past, saying so next to the start', () => {
    expect(checkCampaignTimes(at('2026-12-01T08:00:00Z'), at('2026-12-01T11:00:00Z'), now).startAt).toMatch(/start has passed/);
  });

  it('refuses an end at or before the start, or already passed, next to the end', () => {
    expect(checkCampaignTimes(at('2026-12-01T10:00:00Z'), at('2026-12-01T10:00:00Z'), now).endAt).toMatch(/end must come after the start/);
    expect(checkCampaignTimes(at('2026-12-01T10:00:00Z'), at('2026-12-01T09:30:00Z'), now).endAt).toMatch(/end must come after the start/);
    expect(checkCampaignTimes(null, at('2026-12-01T08:00:00Z'), now).endAt).toMatch(/end has passed/);
  });

  it('asks for complete dates', () => {
    expect(checkCampaignTimes(null, at(''), now).endAt).toMatch(/Pick the date/);
    expect(checkCampaignTimes(at('nonsense'), at('2026-12-02T00:00:00Z'), now).startAt).toMatch(/complete date/);
  });
});

describe('localDateTimeValue', () => {
  it('is the wall time that datetime-local reads back as the same minute', () => {
    const date = new Date(2026, 11, 1, 9, 5, 42);
    expect(localDateTimeValue(date)).toBe('2026-12-01T09:05');
    expect(new Date(localDateTimeValue(date)).getTime()).toBe(new Date(2026, 11, 1, 9, 5).getTime());
  });
});
