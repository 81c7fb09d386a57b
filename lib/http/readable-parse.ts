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
  const shown = issues.slice(0, MAX_ISSUES).map((issue) => `${pathOf(issue.path)}: ${tidy(issue.message)}`);
  const hidden = issues.length - shown.length;
  return hidden > 0 ? `${shown.join('; ')} (+${hidden} more)` : shown.join('; ');
}

function pathOf(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'body';
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    return out === '' ? name : `${out}.${name}`;
  }, '');
}

function tidy(message: string): string {
  return message.replace(/^Invalid (input|option): /, '');
}
