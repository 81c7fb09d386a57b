'use client';

import type { BusinessHoursData } from '@/lib/flow/nodes/business-hours/definition';
import { weekdays, type OpeningInterval, type Weekday } from '@/lib/flow/nodes/business-hours/schedule';
import { FieldErrors } from '../fields/field';
import { inputClass, smallButtonClass } from '../fields/styles';
import { issuesAt, type FieldIssues } from '../form-types';

const dayNames: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

type Schedule = BusinessHoursData['schedule'];
type Props = { idBase: string; schedule: Schedule; issues: FieldIssues; onChange: (schedule: Schedule) => void };

/** Opening intervals per weekday; a day with none is closed. */
export function WeeklyHours({ idBase, schedule, issues, onChange }: Props) {
  const setDay = (day: Weekday, slots: OpeningInterval[]) => onChange({ ...schedule, [day]: slots });
  return (
    <div className="space-y-2">
      {weekdays.map((day) => (
        <fieldset key={day} className="rounded border border-slate-200 p-2">
          <legend className="px-1 text-xs font-semibold text-slate-700">{dayNames[day]}</legend>
          {schedule[day].length === 0 && <p className="text-xs text-slate-500">Closed all day.</p>}
          <ul className="space-y-1.5">
            {schedule[day].map((slot, i) => {
              const errors = issuesAt(issues, 'schedule', day, i);
              const id = `${idBase}-${day}-${i}`;
              const control = { 'aria-invalid': errors.length > 0 || undefined, 'aria-describedby': errors.length > 0 ? `${id}-errors` : undefined };
              const set = (patch: Partial<OpeningInterval>) => setDay(day, schedule[day].map((s, j) => (j === i ? { ...s, ...patch } : s)));
              return (
                <li key={i}>
                  <div className="flex items-end gap-1.5">
                    <div className="flex-1 space-y-0.5">
                      <label htmlFor={`${id}-open`} className="text-[11px] text-slate-600">
                        Opens
                      </label>
                      <input id={`${id}-open`} {...control} value={slot.open} placeholder="09:00" onChange={(e) => set({ open: e.target.value })} className={`${inputClass} font-mono`} />
                    </div>
                    <div className="flex-1 space-y-0.5">
                      <label htmlFor={`${id}-close`} className="text-[11px] text-slate-600">
                        Closes
                      </label>
                      <input id={`${id}-close`} {...control} value={slot.close} placeholder="17:00" onChange={(e) => set({ close: e.target.value })} className={`${inputClass} font-mono`} />
                    </div>
                    <button
                      type="button"
                      aria-label={`Remove ${dayNames[day]} hours ${i + 1}`}
                      onClick={() => setDay(day, schedule[day].filter((_, j) => j !== i))}
                      className={`${smallButtonClass} mb-1 text-rose-700`}
                    >
                      Remove
                    </button>
                  </div>
                  <FieldErrors id={`${id}-errors`} errors={errors} />
                </li>
              );
            })}
          </ul>
          <button
            type="button"
            aria-label={`Add hours on ${dayNames[day]}`}
            onClick={() => setDay(day, [...schedule[day], nextSlot(schedule[day])])}
            className={`${smallButtonClass} mt-1.5`}
          >
            + Add hours
          </button>
        </fieldset>
      ))}
    </div>
  );
}

/** 09:00–17:00 on a closed day; after a split (lunch) the afternoon until 24:00. */
function nextSlot(slots: OpeningInterval[]): OpeningInterval {
  const last = slots.at(-1);
  return last ? { open: last.close, close: '24:00' } : { open: '09:00', close: '17:00' };
}
