import { decodeClientActionId } from '@/lib/flow/client-action-id';

// The way a caller went through a flow, rebuilt from the stored webhook events. Events only
// name the nodes that wait (each VCA's nodeId is the node it resumed; each reply's
// clientActionId the node it now waits at); the steps between two of them are the
// shortest way through the flow's graph, leaving a menu by the branch of the digits pressed.

export type PathEvent = { nodeId: string | null; dtmf: string | null; reply: unknown };
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

export function callerPath(document: PathDocument, events: readonly PathEvent[], ended: boolean): CallerPath {
  const stops = waypoints(events);
  const start = document.nodes.find((n) => n.kind === 'start');
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
