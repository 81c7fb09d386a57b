'use client';

import { TextField } from './text-field';

/** A number 8x8 dials or shows: E.164, or a variable holding one. */
export function PhoneField(props: { label: string; value: string; onChange: (value: string) => void; errors: readonly string[]; hint?: string }) {
  const hint = props.hint ? `${props.hint} E.g. +6591234567 or {{caller}}` : 'E.g. +6591234567 or {{caller}}';
  return <TextField {...props} type="tel" mono hint={hint} placeholder="+6591234567" />;
}
