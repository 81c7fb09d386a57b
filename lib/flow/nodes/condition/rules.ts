// How a Condition's rule decides: pure functions of the filled-in subject and value.

export const conditionOperators = ['equals', 'oneOf', 'startsWith', 'lessThan', 'atMost', 'greaterThan', 'atLeast', 'isEmpty'] as const;
export type ConditionOperator = (typeof conditionOperators)[number];

/** What each operator is called in the form, and how a rule reads on the card. */
export const operatorNames: Record<ConditionOperator, { label: string; symbol: string }> = {
  equals: { label: 'equals', symbol: '=' },
  oneOf: { label: 'is one of (comma-separated)', symbol: 'one of' },
  startsWith: { label: 'starts with', symbol: 'starts with' },
  lessThan: { label: 'is less than', symbol: '<' },
  atMost: { label: 'is at most', symbol: '≤' },
  greaterThan: { label: 'is greater than', symbol: '>' },
  atLeast: { label: 'is at least', symbol: '≥' },
  isEmpty: { label: 'is empty', symbol: 'is empty' },
};

export const numericOperators: readonly ConditionOperator[] = ['lessThan', 'atMost', 'greaterThan', 'atLeast'];

/** A number written plainly ("12", "-3.5"); anything else ("", "12abc", "0x10", "Infinity") is not one. */
export function asNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(trimmed)) return null;
  return Number(trimmed);
}

/** The items of a "one of" list: comma-separated, trimmed, empty ones dropped. */
export const listItems = (value: string) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/**
 * Whether a rule holds for the subject. Both sides are compared trimmed and exactly (case
 * matters: "1" is not " 1 " but is "1"). A number comparison holds only when both sides are numbers.
 */
export function ruleHolds(operator: ConditionOperator, subject: string, value: string): boolean {
  const left = subject.trim();
  const right = value.trim();
  switch (operator) {
    case 'equals':
      return left === right;
    case 'oneOf':
      return listItems(value).includes(left);
    case 'startsWith':
      return right !== '' && left.startsWith(right);
    case 'isEmpty':
      return left === '';
    case 'lessThan':
    case 'atMost':
    case 'greaterThan':
    case 'atLeast':
      return compare(operator, asNumber(left), asNumber(right));
  }
}

function compare(operator: 'lessThan' | 'atMost' | 'greaterThan' | 'atLeast', left: number | null, right: number | null): boolean {
  if (left === null || right === null) return false;
  if (operator === 'lessThan') return left < right;
  if (operator === 'atMost') return left <= right;
  if (operator === 'greaterThan') return left > right;
  return left >= right;
}
