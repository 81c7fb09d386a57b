'use client';

import { useRef, type ReactNode } from 'react';
import { Field } from './field';
import { InsertVariable } from './insert-variable';
import { inputClass } from './styles';

type TemplateFieldProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  errors?: readonly string[];
  hint?: ReactNode;
  /** The most characters 8x8 takes; the counter turns red past it. */
  max: number;
  rows?: number;
  placeholder?: string;
};

/** Text the caller hears (or a value), with {{variables}} inserted at the cursor. */
export function TemplateField({ label, value, onChange, errors, hint, max, rows = 4, placeholder }: TemplateFieldProps) {
  const area = useRef<HTMLTextAreaElement>(null);
  const over = value.length > max;

  const insert = (token: string) => {
    const el = area.current;
    const start = el?.selectionStart ?? value.length;
    const end = el?.selectionEnd ?? value.length;
    onChange(value.slice(0, start) + token + value.slice(end));
    // After React writes the new value, put the caret after the insertion.
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(start + token.length, start + token.length);
    });
  };

  const counter = (
    <span className={over ? 'font-semibold text-rose-700' : 'text-slate-500'}>
      {value.length} / {max}
      <span className="sr-only"> characters</span>
    </span>
  );

  return (
    <div className="space-y-1">
      <Field label={label} errors={errors} hint={hint} aside={counter}>
        {(control) => (
          <textarea
            {...control}
            ref={area}
            rows={rows}
            value={value}
            placeholder={placeholder}
            onChange={(event) => onChange(event.target.value)}
            className={`${inputClass} resize-y`}
          />
        )}
      </Field>
      <InsertVariable label={label} onInsert={insert} />
    </div>
  );
}
