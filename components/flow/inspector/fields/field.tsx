'use client';

import { useId, type ReactNode } from 'react';

/** What a control needs to be tied to its label, hint and errors. */
export type ControlProps = { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string };

type FieldProps = {
  label: string;
  hint?: ReactNode;
  errors?: readonly string[];
  /** Shown at the label's right (a counter); also read with the control. */
  aside?: ReactNode;
  children: (control: ControlProps) => ReactNode;
};

/** A labelled control with its hint and the rules' messages for it. */
export function Field({ label, hint, errors = [], aside, children }: FieldProps) {
  const id = useId();
  const describedBy = [aside && `${id}-aside`, hint && `${id}-hint`, errors.length > 0 && `${id}-errors`].filter(Boolean).join(' ');
  return (
    <div className="space-y-1">
      <div className="flex items-baseline justify-between gap-2">
        <label htmlFor={id} className="text-xs font-medium text-slate-700">
          {label}
        </label>
        {aside && (
          <span id={`${id}-aside`} className="text-xs">
            {aside}
          </span>
        )}
      </div>
      {children({ id, ...(errors.length > 0 && { 'aria-invalid': true }), ...(describedBy && { 'aria-describedby': describedBy }) })}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
      <FieldErrors id={`${id}-errors`} errors={errors} />
    </div>
  );
}

export function FieldErrors({ id, errors }: { id?: string; errors: readonly string[] }) {
  if (errors.length === 0) return null;
  return (
    <ul id={id} className="space-y-0.5 text-xs text-rose-700">
      {errors.map((message) => (
        <li key={message}>{message}</li>
      ))}
    </ul>
  );
}
