import { z } from 'zod';
import { toE164 } from '@/lib/e164';
import { pagingQuery } from '@/lib/http/paging';

// What the do-not-call list accepts, shared by its API, its page and its CSV import.

export const doNotCallSources = ['manual', 'import', 'opt_out'] as const;
export type DoNotCallSource = (typeof doNotCallSources)[number];

const sourceLabels = new Map<string, string>([
  ['manual', 'Added by hand'],
  ['import', 'CSV import'],
  ['opt_out', 'Caller opted out'],
] satisfies Array<[DoNotCallSource, string]>);

/** How an entry got on the list, in words; a source this version does not know, as stored. */
export function sourceLabel(source: string): string {
  return sourceLabels.get(source) ?? source;
}

export const maxReasonLength = 500;

/** The biggest CSV the import reads (room for maxImportRows numbers with a reason each); its body is refused (413) past this. */
export const maxImportBytes = 16 * 1024 * 1024;
/** Rows past this are refused before anything is written: the file is to be split. */
export const maxImportRows = 500_000;
/** Bad rows listed in an import's answer; the rest are counted. */
export const maxListedProblems = 1000;

/** A reason is a one-line note: line breaks and control characters (a NUL cannot be stored) become spaces. */
export function reasonText(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
}

/** A missing field says "required" (as parseReadable words it), a wrong type says what is expected. */
const expected = (what: string) => (issue: { input?: unknown }) => (issue.input === undefined ? 'required' : what);

export const numberField = z.string({ error: expected('number must be a phone number, e.g. +6591234567') }).transform((text, context) => {
  const result = toE164(text);
  if (!result.ok) {
    context.addIssue({ code: 'custom', message: result.problem });
    return z.NEVER;
  }
  return result.number;
});

const reasonField = z
  .string({ error: expected('reason must be text') })
  .transform(reasonText)
  .pipe(z.string().max(maxReasonLength, `reason is at most ${maxReasonLength} characters`));

/** `POST /api/do-not-call`: a reason is optional when adding (a caller's request needs none). */
export const addToDoNotCallInput = z.strictObject({
  number: numberField,
  reason: reasonField.optional(),
});
export type AddToDoNotCallInput = z.infer<typeof addToDoNotCallInput>;

/** `DELETE /api/do-not-call/{number}`: removing lets calls reach someone who asked not to be called, so it says why. */
export const removeFromDoNotCallInput = z.strictObject({
  reason: reasonField.pipe(z.string().min(1, 'give the reason for removing the number (e.g. "the customer asked to be called again")')),
});
export type RemoveFromDoNotCallInput = z.infer<typeof removeFromDoNotCallInput>;

/**
 * The start of a number, as typed ("+65 91", "6591"), as the "+" and digits it is stored
 * with; empty matches every number. Text with letters is refused rather than ignored.
 */
export const numberPrefixField = z
  .string()
  .trim()
  .max(40, 'q is at most 40 characters')
  .refine((text) => /^[+\d\s().-]*$/.test(text), 'q is the start of a number: digits, with spaces, +, (, ) or - if you like')
  .transform((text) => text.replace(/\D/g, ''))
  .transform((digits) => (digits ? `+${digits}` : ''));

/** The list's filter: the CSV export takes it too. */
export const doNotCallFilterQuery = z.object({ q: numberPrefixField.default('') });
export type DoNotCallFilter = z.infer<typeof doNotCallFilterQuery>;

export const doNotCallPageSize = 50;

/** `GET /api/do-not-call?q&page&pageSize`, newest first. */
export const listDoNotCallQuery = doNotCallFilterQuery.extend(pagingQuery(doNotCallPageSize, 200).shape);
export type ListDoNotCallQuery = z.infer<typeof listDoNotCallQuery>;
