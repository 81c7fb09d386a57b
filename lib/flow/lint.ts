import type { FlowDocument, FlowNode } from './document';
import { missingRecordingIssues, type PromptLibrary } from './library-recordings';
import { definitionForNode, nodeRegistry } from './registry';
import { variableRefs } from './template-text';

export type LintSeverity = 'error' | 'warning';
export type LintIssue = {
  severity: LintSeverity;
  code: string;
  message: string;
  nodeId?: string;
  edgeId?: string;
  /** The data field, as a dotted path (e.g. "options.0.digits"), for forms to focus. */
  field?: string;
};

const outputLabel = (node: FlowNode, output: string) => `"${definitionForNode(node).outputLabel(output, node.data)}"`;

function nodeName(node: FlowNode): string {
  return `${nodeRegistry[node.kind].label} "${node.id}"`;
}

/**
 * Every problem in a document, addressed to a node or edge. Publishing refuses errors.
 * With `library` (the prompt library recordings that exist among those the document plays),
 * a Play file step whose recording was deleted is an error too. With `secrets` (the names of the
 * data dip secrets the settings hold), a {{secrets.NAME}} none is named is a warning: the step
 * would take "Failed" until an admin adds it.
 */
export function lintFlow(doc: FlowDocument, library?: PromptLibrary, secrets?: ReadonlySet<string>): LintIssue[] {
  const issues: LintIssue[] = [];
  const nodes = new Map(doc.nodes.map((n) => [n.id, n]));

  const starts = doc.nodes.filter((n) => nodeRegistry[n.kind].entry);
  if (starts.length === 0) issues.push({ severity: 'error', code: 'no-start', message: 'The flow has no Start node' });
  for (const extra of starts.slice(1)) {
    issues.push({ severity: 'error', code: 'many-starts', nodeId: extra.id, message: 'A flow has exactly one Start node: remove this one' });
  }

  // Edges: both ends exist, the output exists, one edge per output.
  const outgoing = new Map<string, Map<string, string>>();
  for (const edge of doc.edges) {
    const source = nodes.get(edge.source);
    if (!source || !nodes.has(edge.target)) {
      issues.push({
        severity: 'error',
        code: 'dangling-edge',
        edgeId: edge.id,
        nodeId: source?.id,
        message: `A connection points to a missing node ("${source ? edge.target : edge.source}"): delete it or reconnect it`,
      });
      continue;
    }
    const outputs = definitionForNode(source).outputs(source.data);
    if (!outputs.includes(edge.sourceHandle)) {
      issues.push({
        severity: 'error',
        code: 'unknown-output',
        edgeId: edge.id,
        nodeId: source.id,
        message: `${nodeName(source)} has no output ${outputLabel(source, edge.sourceHandle)}: delete or reconnect this connection`,
      });
      continue;
    }
    const byOutput = outgoing.get(source.id) ?? new Map<string, string>();
    if (byOutput.has(edge.sourceHandle)) {
      issues.push({
        severity: 'error',
        code: 'duplicate-output',
        edgeId: edge.id,
        nodeId: source.id,
        message: `${outputLabel(source, edge.sourceHandle)} of ${nodeName(source)} is connected twice: a branch leads to one step`,
      });
      continue;
    }
    byOutput.set(edge.sourceHandle, edge.target);
    outgoing.set(source.id, byOutput);
  }
  const targetOf = (id: string, output: string) => outgoing.get(id)?.get(output);

  // Node parameters against 8x8's rules.
  for (const node of doc.nodes) {
    const parsed = definitionForNode(node).rules.safeParse(node.data);
    if (parsed.success) continue;
    for (const issue of parsed.error.issues) {
      issues.push({
        severity: 'error',
        code: 'invalid-parameter',
        nodeId: node.id,
        field: issue.path.join('.'),
        message: `${nodeName(node)}: ${issue.message}`,
      });
    }
  }

  // Outputs that lead nowhere end the call; say so.
  for (const node of doc.nodes) {
    const definition = definitionForNode(node);
    for (const output of definition.outputs(node.data)) {
      if (targetOf(node.id, output) !== undefined) continue;
      if (definition.entry) {
        issues.push({ severity: 'error', code: 'start-unconnected', nodeId: node.id, message: 'Connect the Start node to the first step' });
      } else if (definition.openOutputs !== 'quiet') {
        issues.push({
          severity: 'warning',
          code: 'open-output',
          nodeId: node.id,
          message: `${outputLabel(node, output)} of ${nodeName(node)} is not connected: the call hangs up there`,
        });
      }
    }
  }

  // Reachability from the start.
  const start = starts[0];
  if (start) {
    const reached = new Set<string>([start.id]);
    const queue = [start.id];
    while (queue.length) {
      for (const target of outgoing.get(queue.pop()!)?.values() ?? []) {
        if (!reached.has(target)) {
          reached.add(target);
          queue.push(target);
        }
      }
    }
    for (const node of doc.nodes) {
      if (!reached.has(node.id)) {
        issues.push({ severity: 'warning', code: 'unreachable', nodeId: node.id, message: `${nodeName(node)} cannot be reached from Start` });
      }
    }
  }

  issues.push(...loopIssues(doc, outgoing), ...variableIssues(doc), ...(library ? missingRecordingIssues(doc, library) : []), ...(secrets ? unknownSecretIssues(doc, secrets) : []));
  return issues;
}

/**
 * Loops that never wait in a document whose subflows are expanded (publishing's check):
 * there a Subflow step is a plain step and the steps it runs are in the graph.
 */
export function expandedLoopIssues(doc: FlowDocument): LintIssue[] {
  const outgoing = new Map<string, Map<string, string>>();
  for (const edge of doc.edges) {
    const byOutput = outgoing.get(edge.source) ?? new Map<string, string>();
    if (!byOutput.has(edge.sourceHandle)) byOutput.set(edge.sourceHandle, edge.target);
    outgoing.set(edge.source, byOutput);
  }
  return loopIssues(doc, outgoing, false);
}

/**
 * Cycles made only of nodes that never wait: 8x8 would be sent an endless callflow. An
 * opaque step (a Subflow) may wait in steps the draft does not hold: unless `throughOpaque`,
 * it counts as waiting unless `opaqueWaits` is false, and publishing checks the expanded flow.
 */
function loopIssues(doc: FlowDocument, outgoing: Map<string, Map<string, string>>, opaqueWaits = true): LintIssue[] {
  const waits = new Map(doc.nodes.map((n) => [n.id, definitionForNode(n).waits || (opaqueWaits && definitionForNode(n).opaque === true)]));
  const state = new Map<string, 'active' | 'done'>();
  const reported = new Set<string>();
  const issues: LintIssue[] = [];
  const stack: string[] = [];

  const visit = (id: string) => {
    state.set(id, 'active');
    stack.push(id);
    for (const target of outgoing.get(id)?.values() ?? []) {
      if (waits.get(target)) continue;
      if (state.get(target) === 'active') {
        const cycle = stack.slice(stack.indexOf(target));
        const key = [...cycle].sort().join(',');
        if (!reported.has(key)) {
          reported.add(key);
          issues.push({
            severity: 'error',
            code: 'loop-without-wait',
            nodeId: target,
            message: `These steps loop forever without waiting for the caller: ${cycle.join(' → ')} → ${target}. Put a Menu in the loop.`,
          });
        }
      } else if (!state.has(target)) {
        visit(target);
      }
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const node of doc.nodes) if (!waits.get(node.id) && !state.has(node.id)) visit(node.id);
  return issues;
}

function variableIssues(doc: FlowDocument): LintIssue[] {
  const defined = new Set(doc.nodes.flatMap((n) => definitionForNode(n).defines(n.data)));
  const issues: LintIssue[] = [];
  for (const node of doc.nodes) {
    // Each placeholder once per step: a prompt repeating {{foo}} a hundred times is one problem.
    const seen = new Set<string>();
    for (const text of definitionForNode(node).templated(node.data)) {
      for (const ref of variableRefs(text)) {
        if (seen.has(ref.raw)) continue;
        seen.add(ref.raw);
        if (ref.kind === 'unknown') {
          issues.push({
            severity: 'error',
            code: 'unknown-variable',
            nodeId: node.id,
            message: `${nodeName(node)}: ${ref.raw} is not a variable; use {{caller}}, {{dialed}}, {{digits}} or {{vars.name}}`,
          });
        } else if (ref.kind === 'var' && !defined.has(ref.name)) {
          issues.push({
            severity: 'warning',
            code: 'unset-variable',
            nodeId: node.id,
            message: `${nodeName(node)}: no step sets "${ref.name}", so ${ref.raw} is always empty`,
          });
        }
      }
    }
  }
  return issues;
}

function unknownSecretIssues(doc: FlowDocument, secrets: ReadonlySet<string>): LintIssue[] {
  return doc.nodes.flatMap((node) =>
    (definitionForNode(node).secretsUsed?.(node.data) ?? [])
      .filter((name) => !secrets.has(name))
      .map(
        (name): LintIssue => ({
          severity: 'warning',
          code: 'unknown-secret',
          nodeId: node.id,
          message: `${nodeName(node)}: no secret is named ${name}; an admin adds it under Settings → Data dips (until then the step takes "Failed")`,
        }),
      ),
  );
}

export const hasErrors = (issues: readonly LintIssue[]) => issues.some((i) => i.severity === 'error');
