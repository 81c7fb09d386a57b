import { z } from 'zod';

// Upper bounds on every text and list in a flow document. The `data` schemas stay
// structural (an unfinished draft still saves) but nothing in a document is unbounded:
// lint, compile and the designer all walk it, some on the webhook path. A whole
// document is at most `nodes` nodes and `edges` edges, and arrives in a body of at
// most 1 MiB (lib/http/body-limit.ts).

export const flowLimits = {
  nodes: 2000,
  edges: 10_000,
  /** Node ids: also the pattern in document.ts. */
  nodeId: 64,
  /** The designer writes "e_<source>_<output>_<target>". */
  edgeId: 256,
  /** An output: "next", "noInput", … or a menu option's digits. */
  output: 64,
  /** 8x8's limit for say's text and sayAndCapture's messages (../shared/8x8/README.md). */
  spokenText: 3000,
  voiceProfile: 100,
  /** The longest URL browsers and most servers accept. */
  url: 2048,
  /** A phone number or a {{variable}} (transfer's destination and caller id). */
  phoneOrVariable: 100,
  variableName: 64,
  /** Also what a Set variable step keeps at run time, after filling in its placeholders. */
  variableValue: 1000,
  /** An option's keys, which also name its output; lint holds them to 8x8's 1–25. */
  optionDigits: 64,
  optionLabel: 120,
  options: 100,
  timezone: 64,
  clock: 16,
  intervalsPerDay: 24,
  holidays: 500,
  holiday: 32,
  /** A Condition's rules (one output each) and the value a rule compares with (a list for "one of"). */
  conditionRules: 50,
  conditionValue: 1000,
} as const;

/** A string of at most `max` characters; the message says how long it is (the path names the field). */
export function cappedText(max: number, what: string, limitNote = `at most ${max}`) {
  return z.string().max(max, { error: (issue) => `${what} is ${lengthOf(issue.input)} characters; ${limitNote}` });
}

/** An array of at most `max` items. */
export function cappedList<T extends z.ZodType>(item: T, max: number, what: string) {
  return z.array(item).max(max, { error: (issue) => `${lengthOf(issue.input)} ${what}; at most ${max}` });
}

const lengthOf = (input: unknown) => (typeof input === 'string' || Array.isArray(input) ? input.length : '?');
