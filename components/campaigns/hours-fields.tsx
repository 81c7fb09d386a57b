'use client';

import { weekdays, type CallingHours, type Weekday } from '@/lib/campaigns/calling-hours';
import { controlStyle } from '@/components/ui/field';

const dayNames: Record<Weekday, string> = { sun: 'Sunday', mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday' };
const order: Weekday[] = [...weekdays.slice(1), weekdays[0]];

/** Calling hours per weekday, in each contact's own local time. */
export function HoursFields({ hours, onChange }: { hours: CallingHours; onChange: (hours: CallingHours) => void }) {
  return (
    <fieldset className="space-y-2 text-sm">
      <legend className="font-medium">Calling hours, in each contact’s local time (from the number)</legend>
      {order.map((day) => {
        const window = hours[day];
        return (
          <div key={day} className="flex flex-wrap items-center gap-3">
            <label className="flex w-32 items-center gap-2">
              <input type="checkbox" checked={window !== null} onChange={(e) => onChange({ ...hours, [day]: e.target.checked ? { start: '09:00', end: '20:00' } : null })} />
              {dayNames[day]}
            </label>
            {window && (
              <>
                <label className="flex items-center gap-1">
                  from
                  <input type="time" aria-label={`${dayNames[day]} from`} className={controlStyle} value={window.start} onChange={(e) => onChange({ ...hours, [day]: { ...window, start: e.target.value } })} />
                </label>
                <label className="flex items-center gap-1">
                  to
                  <input type="time" aria-label={`${dayNames[day]} to`} className={controlStyle} value={window.end} onChange={(e) => onChange({ ...hours, [day]: { ...window, end: e.target.value } })} />
                </label>
              </>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
