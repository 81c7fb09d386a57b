import { z } from 'zod';

// The kinds of field in 8x8's webhooks, each bounded by where it is stored. Which bound a
// field gets depends on what refusing the webhook would cost (issue 12):
// - What says which call, event or leg this is (ids, leg keys), what happened (statuses) and
//   who called (numbers) lives in indexed columns and the live view's NOTIFY payload: past
//   its limit the webhook is refused with a 422 naming the field. Truncating would be worse —
//   a cut id can merge two calls.
// - Free text a column keeps for people to read (errorMsg, a leg's callType, clientActionId,
//   the digits) is accepted at any length and stored cut to `storedTextLimits` (storedText);
//   the stored request keeps the body as received. A VCA is never refused for one of these:
//   the caller is on the line.
// - What is kept only in the stored request (subAccountId, formats, country codes, refIds,
//   description, unknown keys) is bounded by the 1 MiB body cap alone: nothing reads it.

export const text = z.string().nullish();
export const count = z.number().nullish();
/** Stored in an INTEGER column: a whole number PostgreSQL can hold. */
export const int32 = z.number().int('must be a whole number').min(-2_147_483_648).max(2_147_483_647).nullish();
/** Ids are stored and indexed: far longer than any 8x8 sends, far shorter than an index entry allows. */
export const id = z.string().min(1).max(200, 'at most 200 characters');
/** A status or action name: short, and stored in indexed columns. */
export const status = z.string().max(64, 'at most 64 characters').nullish();
/** A phone number or SIP address: stored in indexed columns (the history's number search). */
export const party = z.string().max(200, 'at most 200 characters').nullish();
/** A summary's leg key (callA, callB, …): part of call_leg's unique index. */
export const legKey = z.string().max(64, 'a leg key of at most 64 characters');

/**
 * A timestamp 8x8 sends as text. One that does not parse is kept as text only (the summary
 * falls back to the time of arrival); one that parses to a year PostgreSQL's timestamp cannot
 * hold is refused, naming the field.
 */
export const timestamp = text.refine((value) => {
  if (!value) return true;
  const time = Date.parse(value);
  if (Number.isNaN(time)) return true;
  const year = new Date(time).getUTCFullYear();
  return year >= 1 && year <= 9999;
}, 'a date between the years 1 and 9999');

/** How much of each free-text field its column keeps (8x8 sends far less: digits ≤ 25, callType PSTN or VOIP). */
export const storedTextLimits = { clientActionId: 200, digits: 64, errorMessage: 2000, callType: 64 } as const;

/** `value` cut to at most `max` UTF-16 code units, never between the halves of a surrogate pair. */
export function storedText(value: string | null | undefined, max: number): string | null {
  if (value === null || value === undefined) return null;
  if (value.length <= max) return value;
  const cut = value.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/**
 * A leg's MOS as the quality columns keep it: on 8x8's scale of 1 to 5, or none. Anything
 * else is no score — it would count as "good", and two of 1e308 make the session's MOS
 * total overflow to Infinity, which its column refuses.
 */
export function storedMos(mos: number | null | undefined): number | null {
  return typeof mos === 'number' && mos >= 1 && mos <= 5 ? mos : null;
}
