'use client';

import type { ReactNode } from 'react';
import { Field } from './field';
import { inputClass } from './styles';

type TextFieldProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  errors?: readonly string[];
  placeholder?: string;
  type?: 'text' | 'url' | 'tel' | 'date';
  mono?: boolean;
};

export function TextField({ label, value, onChange, hint, errors, placeholder, type = 'text', mono }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} errors={errors}>
      {(control) => (
        <input
          {...control}
          type={type}
          value={value}
          placeholder={placeholder}
          spellCheck={false}
          onChange={(event) => onChange(event.target.value)}
          className={`${inputClass} ${mono ? 'font-mono' : ''}`}
        />
      )}
    </Field>
  );
}
