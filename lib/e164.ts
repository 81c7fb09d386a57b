import { validatePhoneNumberLength } from 'libphonenumber-js/min';
import { e164Pattern, normalizePhoneNumber } from './phone-number';

export type E164Result = { ok: true; number: string } | { ok: false; problem: string };

// What people type or spreadsheets hold around a number: spaces, dashes, dots, slashes,
// brackets, a leading "+" — and the "'" our own CSV writer puts before a "+".
const numberCharacters = /^'?[+\d\s().\-/]*$/;

const lengthProblems: Record<string, string> = {
  TOO_SHORT: 'is too short for its country',
  TOO_LONG: 'is too long for its country',
  INVALID_LENGTH: 'has a length no number of its country has',
  INVALID_COUNTRY: 'starts with no country code that exists',
  NOT_A_NUMBER: 'is not a phone number',
};

/**
 * A phone number as E.164 (normalizePhoneNumber's "+" and digits), or what is wrong with it
 * in words a person can act on. Stricter than isE164 where a wrong guess is costly (a number
 * that must never be called): letters are refused rather than dropped ("+65 9123 4567 ext 2"
 * is not +659123456722), and the length must be possible for the country code, so a local
 * "91234567" typed without its country is refused instead of stored as an Indian number.
 */
export function toE164(text: string): E164Result {
  const shown = text.trim();
  if (shown === '') return { ok: false, problem: 'no number' };
  const quoted = shown.length > 40 ? `${shown.slice(0, 40)}…` : shown;
  if (!numberCharacters.test(shown)) return { ok: false, problem: `${quoted} has characters a phone number cannot have: give only the number, e.g. +6591234567` };
  const number = normalizePhoneNumber(shown);
  if (!number) return { ok: false, problem: `${quoted} has no digits` };
  if (!e164Pattern.test(number)) {
    return { ok: false, problem: `${quoted} is not an international number: give + and the country code, then the number (7 to 15 digits in all, e.g. +6591234567)` };
  }
  const length = validatePhoneNumberLength(number);
  if (length) return { ok: false, problem: `${quoted} ${lengthProblems[length] ?? 'is not a phone number'}: check the country code and the digits` };
  return { ok: true, number };
}
