import { decodeClientActionId } from '@/lib/flow/client-action-id';
import { isNodeKind, nodeRegistry } from '@/lib/flow/registry';

// The way a caller went through a flow, from the stored webhook events. Each event now
// stores the walk its reply took (the nodes arrived at, the output taken from each, the
// branch a callback resumed by): the path is then exact. Older events only name the
// nodes that wait (each VCA's nodeId is the node it resumed; each reply's clientActionId
// the node it now waits at); the steps between two of them are rebuilt as the shortest
// way through the flow's graph, leaving a menu by the branch of the digits pressed.

export type PathEvent = {
  nodeId: string | null;
  dtmf: string | null;
  reply: unknown;
  /** The walk the reply took ('' output: where it waits or ends); empty on events stored before walks were. */
  walkedNodes?: readonly string[];
  walkedOutputs?: readonly string[];
  /** The branch a callback took from nodeId. */
  resumedOutput?: string | null;
};
export type PathDocument = {
  nodes: ReadonlyArray<{ id: string; kind: string }>;
  edges: ReadonlyArray<{ id: string; source: string; sourceHandle: string; target: string }>;
};
export type CallerPath = {
  /** Node ids in the order visited (a node visited twice appears twice). */
  visits: string[];
  /** Edge ids in the order taken. */
  edges: string[];
  /** The digits pressed at each waiting node, in order. */
  digits: Array<{ nodeId: string; digits: string }>;
};

type Waypoint = { nodeId: string; digits: string | null };

function replyNodeId(reply: unknown): string | null {
  if (typeof reply !== 'object' || reply === null || !('clientActionId' in reply)) return null;
  const value = reply.clientActionId;
  return typeof value === 'string' ? (decodeClientActionId(value)?.nodeId ?? null) : null;
}

/** The waiting nodes named by the events, in order; a VCA resuming the node the previous reply waited at is one stop. */
export function waypoints(events: readonly PathEvent[]): Waypoint[] {
  const stops: Array<Waypoint & { resumed: boolean }> = [];
  for (const event of events) {
    if (event.nodeId) {
      const last = stops.at(-1);
      if (last?.nodeId === event.nodeId && !last.resumed) Object.assign(last, { resumed: true, digits: event.dtmf || null });
      else stops.push({ nodeId: event.nodeId, digits: event.dtmf || null, resumed: true });
    }
    const waiting = replyNodeId(event.reply);
    if (waiting) stops.push({ nodeId: waiting, digits: null, resumed: false });
  }
  return stops.map(({ nodeId, digits }) => ({ nodeId, digits }));
}

type Step = { edgeId: string; target: string };

/** Shortest way from `from` to `to`; the first edge follows `handle` when `from` has an edge by it. */
function route(document: PathDocument, from: string, to: string, handle: string | null): Step[] | null {
  const outgoing = (id: string) => document.edges.filter((e) => e.source === id);
  const byHandle = handle ? outgoing(from).filter((e) => e.sourceHandle === handle) : [];
  const first = byHandle.length ? byHandle : outgoing(from);
  const previous = new Map<string, { from: string; edgeId: string }>();
  const queue: string[] = [];
  for (const edge of first) {
    if (previous.has(edge.target)) continue;
    previous.set(edge.target, { from, edgeId: edge.id });
    queue.push(edge.target);
  }
  while (queue.length && !previous.has(to)) {
    const current = queue.shift() as string;
    for (const edge of outgoing(current)) {
      if (previous.has(edge.target) || edge.target === from) continue;
      previous.set(edge.target, { from: current, edgeId: edge.id });
      queue.push(edge.target);
    }
  }
  if (!previous.has(to)) return null;
  const steps: Step[] = [];
  // do…while: a node that leads back to itself (a menu re-prompting) is one step.
  let at = to;
  do {
    const back = previous.get(at);
    if (!back) return null;
    steps.unshift({ edgeId: back.edgeId, target: at });
    at = back.from;
  } while (at !== from);
  return steps;
}

/** After the last waiting node of an ended call: its branch, then each node's only way on. */
function tail(document: PathDocument, from: string, handle: string | null): Step[] {
  const steps: Step[] = [];
  const seen = new Set([from]);
  let at = from;
  for (;;) {
    const outgoing = document.edges.filter((e) => e.source === at);
    const chosen = at === from && handle ? outgoing.filter((e) => e.sourceHandle === handle) : outgoing;
    const edge = chosen.length === 1 ? chosen[0] : undefined;
    if (!edge || seen.has(edge.target)) return steps;
    steps.push({ edgeId: edge.id, target: edge.target });
    seen.add(edge.target);
    at = edge.target;
  }
}

const hasWalk = (event: PathEvent) => (event.walkedNodes?.length ?? 0) > 0 || (event.resumedOutput ?? null) !== null;

/**
 * The exact path from the stored walks, or null when an event that moved the call (it
 * resumed a node, or its reply waits at one) has none: it was stored before walks were.
 */
export function walkedPath(document: PathDocument, events: readonly PathEvent[]): CallerPath | null {
  const moving = events.filter((e) => e.nodeId !== null || replyNodeId(e.reply) !== null);
  if (moving.length === 0 || !moving.every(hasWalk)) return null;
  const path: CallerPath = { visits: [], edges: [], digits: [] };
  const edgeOf = (source: string, output: string, target: string | undefined) =>
    target === undefined ? undefined : document.edges.find((e) => e.source === source && e.sourceHandle === output && e.target === target);
  for (const event of events.filter(hasWalk)) {
    const nodes = event.walkedNodes ?? [];
    const outputs = event.walkedOutputs ?? [];
    if (event.nodeId && event.resumedOutput) {
      if (event.dtmf) path.digits.push({ nodeId: event.nodeId, digits: event.dtmf });
      const edge = edgeOf(event.nodeId, event.resumedOutput, nodes[0]);
      if (edge) path.edges.push(edge.id);
    }
    nodes.forEach((nodeId, i) => {
      path.visits.push(nodeId);
      const edge = outputs[i] ? edgeOf(nodeId, outputs[i], nodes[i + 1]) : undefined;
      if (edge) path.edges.push(edge.id);
    });
  }
  return path;
}

export function callerPath(document: PathDocument, events: readonly PathEvent[], ended: boolean): CallerPath {
  const exact = walkedPath(document, events);
  if (exact) return exact;
  const stops = waypoints(events);
  const start = document.nodes.find((n) => isNodeKind(n.kind) && nodeRegistry[n.kind].entry);
  if (start && stops[0]?.nodeId !== start.id && events.length > 0) stops.unshift({ nodeId: start.id, digits: null });
  const path: CallerPath = { visits: [], edges: [], digits: [] };
  stops.forEach((stop, i) => {
    if (stop.digits) path.digits.push({ nodeId: stop.nodeId, digits: stop.digits });
    if (i === 0) {
      path.visits.push(stop.nodeId);
      return;
    }
    const before = stops[i - 1] as Waypoint;
    const steps = route(document, before.nodeId, stop.nodeId, before.digits);
    if (!steps) {
      path.visits.push(stop.nodeId);
      return;
    }
    for (const step of steps) {
      path.edges.push(step.edgeId);
      path.visits.push(step.target);
    }
  });
  const last = stops.at(-1);
  const lastReplyWaits = replyNodeId(events.at(-1)?.reply) !== null;
  if (ended && last && !lastReplyWaits) {
    for (const step of tail(document, last.nodeId, last.digits)) {
      path.edges.push(step.edgeId);
      path.visits.push(step.target);
    }
  }
  return path;
}

/** Each node's step numbers (1-based) along the path. */
export function stepNumbers(visits: readonly string[]): Map<string, number[]> {
  const steps = new Map<string, number[]>();
  visits.forEach((nodeId, i) => steps.set(nodeId, [...(steps.get(nodeId) ?? []), i + 1]));
  return steps;
}
