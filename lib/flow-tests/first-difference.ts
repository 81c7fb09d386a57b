import type { FlowIndex } from '@/lib/flow/flow-index';
import { definitionForNode } from '@/lib/flow/registry';
import type { CallEnd, CallRecord } from './run-test-case';
import type { ExpectedEnd, TestCaseSpec } from './test-case';

/** The first way a run differs from its case: what was expected, against what happened. */
export type FirstDifference = {
  expectation: 'run' | 'presses' | 'steps' | 'says' | 'end';
  message: string;
};

const clip = (text: string, max = 80) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** A node as a message names it: its kind's label and its id. */
export function nodeName(index: FlowIndex, id: string): string {
  const node = index.nodes.get(id);
  return node ? `${definitionForNode(node).label} "${id}"` : `"${id}" (not in this flow)`;
}

function endName(index: FlowIndex, end: CallEnd | ExpectedEnd): string {
  if (end.kind === 'hangup') return 'hung up';
  if (end.kind === 'transfer') return `was transferred to ${end.to}`;
  return `was still waiting at ${nodeName(index, end.nodeId)} for a press`;
}

function stepsDifference(index: FlowIndex, expected: readonly string[], call: CallRecord): string | null {
  const actual = call.steps;
  const at = expected.findIndex((id, i) => actual[i] !== id);
  if (at === -1) {
    if (actual.length === expected.length) return null;
    return `Step ${expected.length + 1}: expected no more steps, visited ${nodeName(index, actual[expected.length]!)}`;
  }
  const visited = actual[at];
  return visited === undefined
    ? `Step ${at + 1}: expected ${nodeName(index, expected[at]!)}, but the call ${endName(index, call.end)} after ${actual.length} step(s)`
    : `Step ${at + 1}: expected ${nodeName(index, expected[at]!)}, visited ${nodeName(index, visited)}`;
}

function saysDifference(expected: readonly string[], said: readonly string[]): string | null {
  let from = 0;
  for (const [n, snippet] of expected.entries()) {
    const found = said.findIndex((line, i) => i >= from && line.includes(snippet));
    if (found === -1) {
      const heard = said.slice(from).map((line) => `"${clip(line)}"`);
      const after = n > 0 ? ` after "${clip(expected[n - 1]!)}"` : '';
      return `Expected to hear "${clip(snippet)}"${after}; heard ${heard.length > 0 ? heard.join(', ') : 'nothing more'}`;
    }
    from = found + 1;
  }
  return null;
}

function sameEnd(expected: ExpectedEnd, actual: CallEnd): boolean {
  if (expected.kind === 'transfer') return actual.kind === 'transfer' && actual.to === expected.to;
  return actual.kind === expected.kind;
}

/**
 * Compares a run with its case, in the order a reader follows a call: the run itself,
 * the presses, the steps, what was said, the end. Null when everything matches.
 */
export function firstDifference(index: FlowIndex, spec: TestCaseSpec, call: CallRecord, error?: string): FirstDifference | null {
  if (error !== undefined) return { expectation: 'run', message: error };
  const { steps, says, end } = spec.expect;
  if (call.pressesUsed < spec.presses.length && call.end.kind !== 'waiting') {
    return {
      expectation: 'presses',
      message: `The call ${endName(index, call.end)} after ${call.pressesUsed} of the case's ${spec.presses.length} press(es)`,
    };
  }
  const stepProblem = steps ? stepsDifference(index, steps, call) : null;
  if (stepProblem) return { expectation: 'steps', message: stepProblem };
  const saysProblem = says ? saysDifference(says, call.said) : null;
  if (saysProblem) return { expectation: 'says', message: saysProblem };
  if (end && !sameEnd(end, call.end)) {
    return { expectation: 'end', message: `Expected the call to end: ${endName(index, end)}; it ${endName(index, call.end)}` };
  }
  return null;
}
