/**
 * A phone number as we store and match it: "+" and digits. 8x8's own samples send
 * numbers with and without the "+", and people type spaces and dashes.
 */
export function normalizePhoneNumber(value: string): string {
  const digits = value.replace(/[^\d]/g, '');
  return digits ? `+${digits}` : '';
}

export const e164Pattern = /^\+[1-9]\d{6,14}$/;
export const isE164 = (value: string) => e164Pattern.test(normalizePhoneNumber(value));
