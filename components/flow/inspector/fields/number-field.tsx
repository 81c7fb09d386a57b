'use client';

import { useState, type ReactNode } from 'react';
import { Field } from './field';
import { inputClass } from './styles';

type NumberFieldProps = {
  label: string;
  value: number | undefined;
  /** `undefined` when the field is emptied: the setting is left out, not sent as 0. */
  onChange: (value: number | undefined) => void;
  hint?: ReactNode;
  errors?: readonly string[];
  integer?: boolean;
  placeholder?: string;
  unit?: string;
};

const show = (value: number | undefined) => (value === undefined ? '' : String(value));

/**
 * A text box for an optional number: what the user types is kept as typed ("0." on the
 * way to "0.5"), and the data follows whenever it reads as a number.
 */
export function NumberField({ label, value, onChange, hint, errors = [], integer, placeholder, unit }: NumberFieldProps) {
  const [draft, setDraft] = useState(show(value));
  const [shown, setShown] = useState(value);
  // Follow outside changes (undo, another field's fix) without fighting the typing.
  if (value !== shown) {
    setShown(value);
    if (parse(draft, integer) !== value) setDraft(show(value));
  }
  const parsed = parse(draft, integer);
  const local = parsed === null ? [integer ? 'Enter a whole number' : 'Enter a number'] : [];
  return (
    <Field label={label} hint={hint} errors={[...local, ...errors]} aside={unit && <span className="text-slate-500">{unit}</span>}>
      {(control) => (
        <input
          {...control}
          type="text"
          inputMode={integer ? 'numeric' : 'decimal'}
          value={draft}
          placeholder={placeholder ?? 'Not set'}
          onChange={(event) => {
            const next = event.target.value;
            setDraft(next);
            const number = parse(next, integer);
            if (number !== null) {
              setShown(number);
              onChange(number);
            }
          }}
          className={inputClass}
        />
      )}
    </Field>
  );
}

/** The number typed, `undefined` when empty, null when it is not a number. */
function parse(text: string, integer = false): number | undefined | null {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  const number = Number(trimmed);
  if (!Number.isFinite(number) || (integer && !Number.isInteger(number))) return null;
  return number;
}
