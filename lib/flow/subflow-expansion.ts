import { nodeIdPattern, type FlowDocument, type FlowEdge, type FlowNode } from './document';
import type { LintIssue } from './lint';
import { subflowEntryOutput, type SubflowData } from './nodes/subflow/definition';

// A version that runs other flows (Subflow steps) is expanded into one graph before it is
// indexed for calls: each child version's steps are copied under the Subflow step with
// prefixed ids, the Subflow step continues into the child's first step, and the child's
// Return steps become connections to the Subflow's outputs of the same name. The engine,
// clientActionIds, the journal and the session's path then need nothing of their own.

/** A published version a Subflow step pins, as read from the database. */
export type ChildVersion = { flowId: string; flowName: string; version: number; document: FlowDocument };
export type ChildVersions = ReadonlyMap<string, ChildVersion>;

/** How deep subflows may nest (a flow calling a flow calling a flow …). */
export const maxSubflowDepth = 5;

/** Separates a Subflow step's id from the ids of the steps copied under it. */
export const subflowIdSeparator = '--';

export type ExpansionResult = { ok: true; document: FlowDocument } | { ok: false; issues: LintIssue[] };

type SubflowNode = Extract<FlowNode, { kind: 'subflow' }>;
const isSubflow = (node: FlowNode): node is SubflowNode => node.kind === 'subflow';

/** The versions a document's Subflow steps pin (not those nested in them). */
export function subflowVersionIds(document: FlowDocument): string[] {
  return [...new Set(document.nodes.filter(isSubflow).map((n) => n.data.versionId).filter(Boolean))];
}

/** FNV-1a, 32 bits: a short stable name for an id that would be too long. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(36).padStart(7, '0');
}

/**
 * A copied step's id: "<subflow>--<child>", readable in the session's path; past the node id
 * limit, a hash of that followed by as much of the child's id as fits (stable across processes).
 */
export function scopedNodeId(subflowId: string, childId: string): string {
  const full = `${subflowId}${subflowIdSeparator}${childId}`;
  if (nodeIdPattern.test(full)) return full;
  const head = `h${shortHash(full)}${subflowIdSeparator}`;
  return head + childId.slice(-(64 - head.length));
}

const error = (code: string, node: SubflowNode, message: string): LintIssue => ({ severity: 'error', code, nodeId: node.id, message });

/**
 * Expands every Subflow step, recursively. `flowId` is the document's own flow (when it has
 * one): a subflow that leads back to it, or to any flow on the way, is a cycle.
 */
export function expandSubflows(document: FlowDocument, children: ChildVersions, flowId?: string): ExpansionResult {
  const issues: LintIssue[] = [];
  const expanded = expand(document, children, flowId ? [flowId] : [], issues);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, document: expanded };
}

function expand(document: FlowDocument, children: ChildVersions, stack: string[], issues: LintIssue[]): FlowDocument {
  if (!document.nodes.some(isSubflow)) return document;
  const nodes: FlowNode[] = [...document.nodes];
  // A Subflow step's own outputs are never taken: its Returns lead on in their place.
  const subflowIds = new Set(document.nodes.filter(isSubflow).map((n) => n.id));
  const edges: FlowEdge[] = document.edges.filter((edge) => !subflowIds.has(edge.source));
  const ids = new Set(nodes.map((n) => n.id));
  const targetOf = (source: string, output: string) => document.edges.find((e) => e.source === source && e.sourceHandle === output)?.target;

  for (const node of document.nodes.filter(isSubflow)) {
    const child = resolveChild(node, children, stack, issues);
    if (!child) continue;
    // Problems deeper down are this step's: it is the one this document can change.
    const deeper: LintIssue[] = [];
    const inner = expand(child.document, children, [...stack, child.flowId], deeper);
    for (const issue of deeper) issues.push({ ...issue, nodeId: node.id, message: `Subflow "${node.id}" runs “${child.flowName}” v${child.version}, where ${issue.message}` });
    copyChild(node, inner, (output) => targetOf(node.id, output), { nodes, edges, ids }, issues);
  }
  return { ...document, nodes, edges };
}

function resolveChild(node: SubflowNode, children: ChildVersions, stack: string[], issues: LintIssue[]): ChildVersion | null {
  const data: SubflowData = node.data;
  const child = children.get(data.versionId);
  const name = `Subflow "${node.id}"`;
  if (!data.versionId || !child || (data.flowId && child.flowId !== data.flowId)) {
    issues.push(error('subflow-missing-version', node, `${name}: the flow version it runs no longer exists; choose a published version`));
    return null;
  }
  if (stack.includes(child.flowId)) {
    issues.push(error('subflow-cycle', node, `${name}: running “${child.flowName}” leads back to a flow already running it (a cycle between flows)`));
    return null;
  }
  if (stack.length >= maxSubflowDepth) {
    issues.push(error('subflow-too-deep', node, `${name}: subflows nest more than ${maxSubflowDepth} deep`));
    return null;
  }
  return child;
}

type Graph = { nodes: FlowNode[]; edges: FlowEdge[]; ids: Set<string> };

/** Copies the (already expanded) child under the Subflow step, its Returns wired to the step's outputs. */
function copyChild(node: SubflowNode, child: FlowDocument, parentTarget: (output: string) => string | undefined, graph: Graph, issues: LintIssue[]) {
  const childNodes = new Map(child.nodes.map((n) => [n.id, n]));
  const childStart = child.nodes.find((n) => n.kind === 'start');
  // A child step's target in the expanded graph: a Return leads where the Subflow's output does.
  const resolve = (childId: string): string | undefined => {
    const target = childNodes.get(childId);
    if (!target || target.kind === 'start') return undefined;
    if (target.kind !== 'return') return scopedNodeId(node.id, childId);
    if (!node.data.returns.includes(target.data.output)) {
      issues.push(error('subflow-unknown-return', node, `Subflow "${node.id}": its flow returns “${target.data.output}”, which is not one of its outputs; choose the version again`));
      return undefined;
    }
    return parentTarget(target.data.output);
  };

  for (const inner of child.nodes) {
    if (inner.kind === 'start' || inner.kind === 'return') continue;
    const id = scopedNodeId(node.id, inner.id);
    if (graph.ids.has(id)) {
      issues.push(error('subflow-id-clash', node, `Subflow "${node.id}": its step "${inner.id}" would take the id "${id}", which another step has; rename one`));
      continue;
    }
    graph.ids.add(id);
    graph.nodes.push({ ...inner, id });
  }
  const entry = childStart && child.edges.find((e) => e.source === childStart.id && e.sourceHandle === 'next');
  const first = entry && resolve(entry.target);
  if (first) graph.edges.push({ id: `${node.id}${subflowIdSeparator}enter`, source: node.id, sourceHandle: subflowEntryOutput, target: first });
  for (const e of child.edges) {
    const source = childNodes.get(e.source);
    if (!source || source.kind === 'start') continue;
    const target = resolve(e.target);
    if (target) graph.edges.push({ ...e, id: `${node.id}${subflowIdSeparator}${e.id}`, source: scopedNodeId(node.id, e.source), target });
  }
}

/**
 * How a step of a call's path reads: a step copied from a subflow as "<its flow> › <its id>"
 * ("Speak to an agent › menu"), any other as its id.
 */
export function pathStepLabel(document: Pick<FlowDocument, 'nodes'>, nodeId: string): string {
  const cut = nodeId.indexOf(subflowIdSeparator);
  if (cut <= 0) return nodeId;
  const owner = document.nodes.find((n): n is SubflowNode => n.id === nodeId.slice(0, cut) && isSubflow(n));
  if (!owner) return nodeId;
  return `${owner.data.flowName || `Subflow ${owner.id}`} › ${nodeId.slice(cut + subflowIdSeparator.length)}`;
}
