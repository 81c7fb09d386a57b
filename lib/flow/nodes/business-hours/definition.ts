import { z } from 'zod';
import { commonOutputLabel, type NodeDefinition } from '../../kinds';
import { cappedList, cappedText, flowLimits } from '../../limits';
import { isOpen, isValidTimezone, parseClock, weekdays, type WeeklySchedule } from './schedule';

const clock = cappedText(flowLimits.clock, 'The time', 'write HH:MM');
const interval = z.object({ open: clock, close: clock });
const day = cappedList(interval, flowLimits.intervalsPerDay, 'opening hours in a day');
const schedule = z.object({ mon: day, tue: day, wed: day, thu: day, fri: day, sat: day, sun: day }) satisfies z.ZodType<WeeklySchedule>;

const data = z.object({
  timezone: cappedText(flowLimits.timezone, 'The timezone'),
  schedule,
  /** Local dates (YYYY-MM-DD) when the business is closed all day. */
  holidays: cappedList(cappedText(flowLimits.holiday, 'The date', 'write YYYY-MM-DD'), flowLimits.holidays, 'holidays'),
});
export type BusinessHoursData = z.infer<typeof data>;

const isoDate = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** A real calendar date in YYYY-MM-DD (not 2024-02-31). */
const isCalendarDate = (value: string) =>
  isoDate.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;

const rules = data.superRefine((d, ctx) => {
  if (!isValidTimezone(d.timezone)) {
    ctx.addIssue({ code: 'custom', path: ['timezone'], message: 'Choose a timezone such as Asia/Singapore or Europe/London' });
  }
  for (const day of weekdays) {
    d.schedule[day].forEach((slot, i) => {
      const open = parseClock(slot.open);
      const close = parseClock(slot.close);
      if (open === null || close === null) {
        ctx.addIssue({ code: 'custom', path: ['schedule', day, i], message: `${day}: write times as HH:MM (00:00–24:00)` });
      } else if (close <= open) {
        ctx.addIssue({
          code: 'custom',
          path: ['schedule', day, i],
          message: `${day}: closing (${slot.close}) must be after opening (${slot.open}); split overnight hours across two days`,
        });
      }
    });
  }
  d.holidays.forEach((date, i) => {
    if (!isCalendarDate(date)) ctx.addIssue({ code: 'custom', path: ['holidays', i], message: `Holiday "${date}": use YYYY-MM-DD` });
  });
});

const nineToFive = [{ open: '09:00', close: '17:00' }];

export const businessHoursNode: NodeDefinition<BusinessHoursData> = {
  label: 'Business hours',
  description: 'Branch on whether the business is open now (weekly hours and holidays, in a timezone).',
  icon: '◷',
  colour: 'teal',
  data,
  rules,
  defaults: () => ({
    timezone: 'UTC',
    schedule: { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive, sat: [], sun: [] },
    holidays: [],
  }),
  outputs: () => ['open', 'closed'],
  outputLabel: commonOutputLabel,
  waits: false,
  templated: () => [],
  defines: () => [],
  summary: (d) => {
    const open = weekdays.filter((day) => d.schedule[day].length > 0);
    const holidays = d.holidays.length ? ` · ${d.holidays.length} holiday(s)` : '';
    return `${d.timezone} · open ${open.length ? open.join(', ') : 'never'}${holidays}`;
  },
  step: (d, ctx) => ({
    type: 'continue',
    output: isValidTimezone(d.timezone) && isOpen(d.schedule, d.holidays, d.timezone, ctx.now) ? 'open' : 'closed',
  }),
};
