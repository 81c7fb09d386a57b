import { definitionOf, type NodeKind } from '@/lib/flow/registry';

/** The kind's rules' messages by field path ("maxDigits", "options.0.digits", "schedule.mon.1"). */
export type FieldIssues = ReadonlyMap<string, readonly string[]>;

export type FormProps<D> = {
  nodeId: string;
  data: D;
  issues: FieldIssues;
  /** Replaces the node's data; called on every edit (the store merges typing into one undo step). */
  onChange: (data: D) => void;
};

const none: readonly string[] = [];

export function issuesAt(issues: FieldIssues, ...path: Array<string | number>): readonly string[] {
  return issues.get(path.join('.')) ?? none;
}

/** Checks data against the kind's 8x8 rules, as lint does. */
export function checkRules(kind: NodeKind, data: unknown): FieldIssues {
  const parsed = definitionOf(kind).rules.safeParse(data);
  const byPath = new Map<string, string[]>();
  if (parsed.success) return byPath;
  for (const issue of parsed.error.issues) {
    const key = issue.path.map(String).join('.');
    byPath.set(key, [...(byPath.get(key) ?? []), issue.message]);
  }
  return byPath;
}

/** The data with one field set; `undefined` leaves the field out (an empty optional number is not 0). */
export function withField<D extends object, K extends keyof D>(data: D, key: K, value: D[K]): D {
  const next = { ...data };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}
