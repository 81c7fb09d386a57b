import type { z } from 'zod';

export type ReadableParse<T> = { ok: true; data: T } | { ok: false; message: string };

// Enough issues to act on without drowning a log line or an API error reply.
const MAX_ISSUES = 3;

/**
 * safeParse with one short, human-readable message instead of a ZodError, e.g.
 * `payload.sessionId: required; payload.callDuration: expected number, received string`.
 */
export function parseReadable<S extends z.ZodType>(schema: S, input: unknown): ReadableParse<z.output<S>> {
  const result = schema.safeParse(input, {
    // zod's default for a missing key ("expected string, received undefined") hides the point.
    error: (issue) => (issue.input === undefined ? 'required' : undefined),
  });
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, message: describeIssues(result.error.issues) };
}

export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const shown = issues.slice(0, MAX_ISSUES).map((issue) => `${pathOf(issue.path)}: ${tidy(messageOf(issue))}`);
  const hidden = issues.length - shown.length;
  return hidden > 0 ? `${shown.join('; ')} (+${hidden} more)` : shown.join('; ');
}

function pathOf(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'body';
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = shortKey(String(key));
    return out === '' ? name : `${out}.${name}`;
  }, '');
}

/** A key as long as the body allows (a record's key is data) is shortened: the message stays readable. */
function shortKey(key: string): string {
  return key.length > 40 ? `${key.slice(0, 20)}…(${key.length} characters)` : key;
}

/** A record's bad key reports "Invalid key in record"; what is wrong with the key is inside. */
function messageOf(issue: z.core.$ZodIssue): string {
  return issue.code === 'invalid_key' && issue.issues[0] ? issue.issues[0].message : issue.message;
}

function tidy(message: string): string {
  return message.replace(/^Invalid (input|option): /, '');
}
