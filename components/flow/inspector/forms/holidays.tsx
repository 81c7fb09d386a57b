'use client';

import { useId, useState } from 'react';
import { FieldErrors } from '../fields/field';
import { inputClass, smallButtonClass } from '../fields/styles';
import { issuesAt, type FieldIssues } from '../form-types';

type Props = { holidays: string[]; issues: FieldIssues; onChange: (holidays: string[]) => void };

/** Local dates (in the flow's timezone) when the business is closed all day. */
export function Holidays({ holidays, issues, onChange }: Props) {
  const base = useId();
  const [draft, setDraft] = useState('');
  const add = () => {
    if (!draft || holidays.includes(draft)) return;
    onChange([...holidays, draft].sort());
    setDraft('');
  };
  return (
    <div className="space-y-2">
      <ul className="space-y-1.5">
        {holidays.map((date, i) => {
          const errors = issuesAt(issues, 'holidays', i);
          return (
            <li key={i}>
              <div className="flex items-end gap-1.5">
                <div className="flex-1 space-y-0.5">
                  <label htmlFor={`${base}-${i}`} className="text-[11px] text-slate-600">
                    Holiday {i + 1}
                  </label>
                  <input
                    id={`${base}-${i}`}
                    type="date"
                    value={date}
                    aria-invalid={errors.length > 0 || undefined}
                    aria-describedby={errors.length > 0 ? `${base}-${i}-errors` : undefined}
                    onChange={(e) => onChange(holidays.map((d, j) => (j === i ? e.target.value : d)))}
                    className={inputClass}
                  />
                </div>
                <button type="button" aria-label={`Remove holiday ${date || i + 1}`} onClick={() => onChange(holidays.filter((_, j) => j !== i))} className={`${smallButtonClass} mb-1 text-rose-700`}>
                  Remove
                </button>
              </div>
              <FieldErrors id={`${base}-${i}-errors`} errors={errors} />
            </li>
          );
        })}
      </ul>
      <div className="flex items-end gap-1.5">
        <div className="flex-1 space-y-0.5">
          <label htmlFor={`${base}-new`} className="text-[11px] text-slate-600">
            New holiday
          </label>
          <input
            id={`${base}-new`}
            type="date"
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => e.key === 'Enter' && add()}
            className={inputClass}
          />
        </div>
        <button type="button" onClick={add} disabled={!draft} className={`${smallButtonClass} mb-1`}>
          + Add holiday
        </button>
      </div>
    </div>
  );
}
