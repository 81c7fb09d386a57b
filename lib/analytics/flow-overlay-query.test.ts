import { describe, expect, it } from 'vitest';
import { parseReadable } from '@/lib/http/readable-parse';
import { defaultSpanMs } from './analytics-query';
import { flowOverlayQuery } from './flow-overlay-query';

describe('flowOverlayQuery', () => {
  it('defaults to the published version (none named) and the last 7 days', () => {
    const parsed = parseReadable(flowOverlayQuery, {});
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.data.version).toBeUndefined();
    expect(parsed.data.to.getTime() - parsed.data.from.getTime()).toBe(defaultSpanMs);
    expect(Math.abs(parsed.data.to.getTime() - Date.now())).toBeLessThan(5_000);
  });

  it('reads a version number and dates', () => {
    expect(parseReadable(flowOverlayQuery, { version: '3', from: '2026-03-01', to: '2026-03-02T12:00:00Z' })).toEqual({
      ok: true,
      data: { version: 3, from: new Date('2026-03-01T00:00:00Z'), to: new Date('2026-03-02T12:00:00Z') },
    });
  });

  it.each([
    [{ version: 'latest' }, /version: version must be a published version number/],
    [{ version: '0' }, /version must be a published version number/],
    [{ version: '1.5' }, /version must be a whole number/],
    [{ from: 'last tuesday' }, /from: from must be a date/],
    [{ to: 'soon' }, /to: to must be a date/],
    [{ from: '2026-03-02', to: '2026-03-01' }, /from must be before to/],
    [{ from: '2020-01-01', to: '2026-01-01' }, /at most 366 days/],
  ])('refuses %j with a message naming the field', (input, message) => {
    const parsed = parseReadable(flowOverlayQuery, input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });
});
