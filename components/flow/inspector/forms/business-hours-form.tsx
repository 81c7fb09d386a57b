'use client';

import { useId } from 'react';
import type { BusinessHoursData } from '@/lib/flow/nodes/business-hours/definition';
import { sectionClass, sectionTitleClass } from '../fields/styles';
import { issuesAt, withField, type FormProps } from '../form-types';
import { Holidays } from './holidays';
import { TimezoneField } from './timezone-field';
import { WeeklyHours } from './weekly-hours';

export function BusinessHoursForm({ data, issues, onChange }: FormProps<BusinessHoursData>) {
  const base = useId();
  return (
    <div className="space-y-3">
      <TimezoneField value={data.timezone} onChange={(timezone) => onChange(withField(data, 'timezone', timezone))} errors={issuesAt(issues, 'timezone')} />
      <section aria-labelledby={`${base}-hours`} className={sectionClass}>
        <h3 id={`${base}-hours`} className={sectionTitleClass}>
          Opening hours
        </h3>
        <p className="text-xs text-slate-500">Times as HH:MM in the timezone above; 24:00 is midnight. Split overnight hours across two days.</p>
        <WeeklyHours idBase={base} schedule={data.schedule} issues={issues} onChange={(schedule) => onChange(withField(data, 'schedule', schedule))} />
      </section>
      <section aria-labelledby={`${base}-holidays`} className={sectionClass}>
        <h3 id={`${base}-holidays`} className={sectionTitleClass}>
          Holidays
        </h3>
        <p className="text-xs text-slate-500">Closed all day on these dates, whatever the weekly hours say.</p>
        <Holidays holidays={data.holidays} issues={issues} onChange={(holidays) => onChange(withField(data, 'holidays', holidays))} />
      </section>
    </div>
  );
}
