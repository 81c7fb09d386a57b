import type { FlowDocument } from '@/lib/flow/document';
import type { NodeDefinition } from '@/lib/flow/kinds';
import { definitionForNode, type NodeKind } from '@/lib/flow/registry';

// The designer's analytics overlay: per node of one flow version, how many times calls
// arrived, which way they left, and where they stopped. The counts come from SQL
// aggregates over the walks each event stored (lib/server/analytics/flow-overlay-sql.ts);
// this module lays them on the version's graph. Every arrival is accounted for once:
//   visits = Σ exits + ended + inProgress   (for every node)
// because an arrival either continues along an output within the same reply, waits and
// is resumed by a callback (an exit), or is where the call's last reply stopped.

/** Aggregated rows, as the SQL returns them. */
export type OverlayRows = {
  /** Walked entries: an arrival at nodeId and the output taken ('' = the reply stopped there). */
  walked: ReadonlyArray<{ nodeId: string; output: string; count: number }>;
  /** Callbacks: the branch taken from the waiting node nodeId. */
  resumed: ReadonlyArray<{ nodeId: string; output: string; count: number }>;
  /** Sessions whose last reply stopped at nodeId: ended (the session summary arrived) or not yet. */
  stopped: ReadonlyArray<{ nodeId: string; ended: boolean; count: number }>;
};

export type OverlayExit = {
  output: string;
  count: number;
  /** The edge this output follows, null when the output is unconnected (the call ended there). */
  edgeId: string | null;
  target: string | null;
};

/** A menu's drop-off: callers who hung up while it waited, and the "No input" and "Invalid" exits. */
export type MenuDropOff = { hangUps: number; noInput: number; invalid: number };

export type NodeOverlay = {
  nodeId: string;
  /** Null for a node id the version's document lacks (never expected: versions are immutable). */
  kind: NodeKind | null;
  visits: number;
  /** One per output of the node, in the designer's order (zero counts included), then any other output seen. */
  exits: OverlayExit[];
  /** Calls whose last step was this node and that have ended: a hang-up while waiting, or the end of the flow. */
  ended: number;
  /** Calls still live whose last step was this node. */
  inProgress: number;
  dropOff: MenuDropOff | null;
};

export type FlowOverlayCounts = {
  nodes: NodeOverlay[];
  /** True when every node's visits equal its exits, ended and in-progress calls. */
  balanced: boolean;
};

type Tally = { visits: number; exits: Map<string, number>; ended: number; inProgress: number };

const emptyTally = (): Tally => ({ visits: 0, exits: new Map(), ended: 0, inProgress: 0 });

function tallyRows(rows: OverlayRows): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  const tallyOf = (nodeId: string) => {
    let tally = tallies.get(nodeId);
    if (!tally) tallies.set(nodeId, (tally = emptyTally()));
    return tally;
  };
  const addExit = (tally: Tally, output: string, count: number) => tally.exits.set(output, (tally.exits.get(output) ?? 0) + count);
  for (const row of rows.walked) {
    const tally = tallyOf(row.nodeId);
    tally.visits += row.count;
    if (row.output !== '') addExit(tally, row.output, row.count);
  }
  for (const row of rows.resumed) addExit(tallyOf(row.nodeId), row.output, row.count);
  for (const row of rows.stopped) {
    const tally = tallyOf(row.nodeId);
    if (row.ended) tally.ended += row.count;
    else tally.inProgress += row.count;
  }
  return tallies;
}

/** The edge each (node, output) follows: the first edge to an existing node, as the engine walks (flow-index.ts). */
function edgesByOutput(document: FlowDocument): Map<string, { edgeId: string; target: string }> {
  const nodeIds = new Set(document.nodes.map((n) => n.id));
  const byOutput = new Map<string, { edgeId: string; target: string }>();
  for (const edge of document.edges) {
    const key = `${edge.source}\u0000${edge.sourceHandle}`;
    if (!byOutput.has(key) && nodeIds.has(edge.target)) byOutput.set(key, { edgeId: edge.id, target: edge.target });
  }
  return byOutput;
}

export function imbalance(node: Pick<NodeOverlay, 'visits' | 'exits' | 'ended' | 'inProgress'>): number {
  return node.visits - node.exits.reduce((sum, exit) => sum + exit.count, 0) - node.ended - node.inProgress;
}

/** Lays the aggregated rows on the version's graph: every node of the document, then any other node id seen. */
export function buildFlowOverlay(document: FlowDocument, rows: OverlayRows): FlowOverlayCounts {
  const tallies = tallyRows(rows);
  const edges = edgesByOutput(document);
  const known = new Set(document.nodes.map((n) => n.id));
  const exitsOf = (nodeId: string, outputs: readonly string[], tally: Tally): OverlayExit[] => {
    const seen = [...tally.exits.keys()].filter((o) => !outputs.includes(o)).sort();
    return [...outputs, ...seen].map((output) => {
      const edge = edges.get(`${nodeId}\u0000${output}`);
      return { output, count: tally.exits.get(output) ?? 0, edgeId: edge?.edgeId ?? null, target: edge?.target ?? null };
    });
  };
  const overlayOf = (nodeId: string, kind: NodeKind | null, outputs: readonly string[], capture?: NodeDefinition<unknown>['dropOff']): NodeOverlay => {
    const tally = tallies.get(nodeId) ?? emptyTally();
    const exits = exitsOf(nodeId, outputs, tally);
    const dropOff = capture
      ? { hangUps: tally.ended, noInput: tally.exits.get(capture.noInput) ?? 0, invalid: tally.exits.get(capture.invalid) ?? 0 }
      : null;
    return { nodeId, kind, visits: tally.visits, exits, ended: tally.ended, inProgress: tally.inProgress, dropOff };
  };
  const nodes = [
    ...document.nodes.map((node) => {
      const definition = definitionForNode(node);
      return overlayOf(node.id, node.kind, definition.outputs(node.data), definition.dropOff);
    }),
    ...[...tallies.keys()].filter((id) => !known.has(id)).sort().map((id) => overlayOf(id, null, [])),
  ];
  return { nodes, balanced: nodes.every((node) => imbalance(node) === 0) };
}
