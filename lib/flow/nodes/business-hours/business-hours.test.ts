import { describe, expect, it } from 'vitest';
import { ctx, noHours, stepNow } from '../../testing/builders';
import { businessHoursNode, type BusinessHoursData } from './definition';

const singapore: BusinessHoursData = {
  timezone: 'Asia/Singapore',
  schedule: { ...noHours, mon: [{ open: '09:00', close: '17:00' }] },
  holidays: [],
};
const step = (data: BusinessHoursData, iso: string) => stepNow(businessHoursNode, data, ctx({ now: new Date(iso) }));

describe('businessHours step', () => {
  it('continues on "open" inside opening hours, with no actions', () => {
    expect(step(singapore, '2024-03-04T02:00:00Z')).toEqual({ type: 'continue', output: 'open' });
  });

  it('continues on "closed" outside opening hours', () => {
    expect(step(singapore, '2024-03-04T10:00:00Z')).toEqual({ type: 'continue', output: 'closed' });
  });

  it('is closed on a holiday', () => {
    expect(step({ ...singapore, holidays: ['2024-03-04'] }, '2024-03-04T02:00:00Z')).toEqual({ type: 'continue', output: 'closed' });
  });

  it('is closed (never throws) when the timezone is invalid', () => {
    expect(step({ ...singapore, timezone: 'Nowhere/Land' }, '2024-03-04T02:00:00Z')).toEqual({ type: 'continue', output: 'closed' });
    expect(step({ ...singapore, timezone: '' }, '2024-03-04T02:00:00Z')).toEqual({ type: 'continue', output: 'closed' });
  });

  it('has the outputs open and closed and does not wait', () => {
    expect(businessHoursNode.outputs(singapore)).toEqual(['open', 'closed']);
    expect(businessHoursNode.waits).toBe(false);
    expect(businessHoursNode.templated(singapore)).toEqual([]);
  });

  it('defaults to weekdays 09:00–17:00 UTC, which passes the rules', () => {
    const defaults = businessHoursNode.defaults();
    expect(defaults.timezone).toBe('UTC');
    expect(defaults.schedule.sat).toEqual([]);
    expect(defaults.schedule.fri).toEqual([{ open: '09:00', close: '17:00' }]);
    expect(businessHoursNode.rules.safeParse(defaults).success).toBe(true);
  });
});

describe('businessHours holiday dates', () => {
  it('refuses a date that does not exist on the calendar', () => {
    const result = businessHoursNode.rules.safeParse({ ...businessHoursNode.defaults(), holidays: ['2024-02-31', '2024-02-29'] });
    expect(result.success).toBe(false);
    const messages = result.success ? [] : result.error.issues.map((i) => i.message);
    expect(messages).toEqual(['Holiday "2024-02-31": use YYYY-MM-DD']);
  });
});
