import type { FlowDocument, FlowEdge } from './document';

/** What changed from one flow document to another, as a summary a person can read. */
export type DocumentDiff = {
  /** Node ids in `to` but not in `from`. */
  nodesAdded: string[];
  /** Node ids in `from` but not in `to`. */
  nodesRemoved: string[];
  /** Node ids in both whose kind or data differ (moving a node is not a change). */
  nodesChanged: string[];
  edgesAdded: number;
  edgesRemoved: number;
};

// Edges are compared by what they connect, not by id: the designer and the
// templates name the same connection differently.
const connection = (edge: FlowEdge) => JSON.stringify([edge.source, edge.sourceHandle, edge.target]);

export function diffDocuments(from: FlowDocument, to: FlowDocument): DocumentDiff {
  const before = new Map(from.nodes.map((n) => [n.id, n]));
  const after = new Map(to.nodes.map((n) => [n.id, n]));
  const nodesAdded = to.nodes.filter((n) => !before.has(n.id)).map((n) => n.id);
  const nodesRemoved = from.nodes.filter((n) => !after.has(n.id)).map((n) => n.id);
  const nodesChanged = to.nodes
    .filter((n) => {
      const old = before.get(n.id);
      return old !== undefined && (old.kind !== n.kind || !sameValue(old.data, n.data));
    })
    .map((n) => n.id);

  const edgesBefore = new Set(from.edges.map(connection));
  const edgesAfter = new Set(to.edges.map(connection));
  const edgesAdded = [...edgesAfter].filter((c) => !edgesBefore.has(c)).length;
  const edgesRemoved = [...edgesBefore].filter((c) => !edgesAfter.has(c)).length;
  return { nodesAdded, nodesRemoved, nodesChanged, edgesAdded, edgesRemoved };
}

export function isEmptyDiff(diff: DocumentDiff): boolean {
  return diff.nodesAdded.length + diff.nodesRemoved.length + diff.nodesChanged.length + diff.edgesAdded + diff.edgesRemoved === 0;
}

/** The diff in words, as the designer's Versions tab shows it: "steps 1 added, 2 changed; connections 1 removed". */
export function describeDiff(diff: DocumentDiff): string {
  if (isEmptyDiff(diff)) return 'no changes';
  const steps = [
    diff.nodesAdded.length && `${diff.nodesAdded.length} added`,
    diff.nodesRemoved.length && `${diff.nodesRemoved.length} removed`,
    diff.nodesChanged.length && `${diff.nodesChanged.length} changed`,
  ].filter(Boolean);
  const edges = [diff.edgesAdded && `${diff.edgesAdded} added`, diff.edgesRemoved && `${diff.edgesRemoved} removed`].filter(Boolean);
  return [steps.length ? `steps ${steps.join(', ')}` : '', edges.length ? `connections ${edges.join(', ')}` : ''].filter(Boolean).join('; ');
}

/** Deep equality of JSON values; object key order does not matter, and an undefined key equals a missing one. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  }
  const left = Object.entries(a).filter(([, v]) => v !== undefined);
  const right = new Map(Object.entries(b).filter(([, v]) => v !== undefined));
  return left.length === right.size && left.every(([key, value]) => right.has(key) && sameValue(value, right.get(key)));
}
