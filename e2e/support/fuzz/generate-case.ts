import { builtinBases, withOwnIds, type Body, type Endpoint } from './base-bodies';
import { byteMutations, headerMutations, pickWeighted, type Wire } from './byte-mutations';
import { toJsonText } from './json-text';
import type { NamedCase } from './named-cases';
import { Rng, streamSeed } from './prng';
import type { Tree } from './tree';
import { valueMutations } from './value-mutations';

// One fuzz case from (seed, endpoint, index) alone, so any failure replays by its index.

export type FuzzCase = Wire & {
  index: number;
  description: string;
  /** 8x8 warns of duplicate deliveries: now and then the same bytes go twice at once. */
  deliveries: 1 | 2;
  /**
   * A VCA about a new call with its ids left alone: answered 200, its session must be stored.
   * (A VCA that fails inside is answered with a spoken apology, never a 5xx — this is how a
   * failed insert shows.)
   */
  storedSession: string | null;
};

const endpoints: Endpoint[] = ['vca', 'vcs', 'vss'];
const mutationCounts = [1, 1, 1, 1, 1, 2, 2, 2, 3, 4];

export type CaseSource = { seed: number; endpoint: Endpoint; label: string; bases: Body[]; runId: string };

export function randomCase(source: CaseSource, index: number): FuzzCase {
  const rng = new Rng(streamSeed(source.seed, source.endpoint, source.label, index));
  const id = idOf(source, index);
  // Now and then a body of another endpoint: its eventType is wrong here.
  const base = rng.chance(0.05) ? rng.pick(builtinBases(rng.pick(endpoints.filter((e) => e !== source.endpoint)))) : rng.pick(source.bases);
  const tree: Tree = { root: withOwnIds(base, id) };
  const notes: string[] = [];
  notes.push(...sharedIds(tree, rng, source.seed));
  const chosen = Array.from({ length: rng.pick(mutationCounts) }, () => pickWeighted(rng, valueMutations));
  for (const mutation of [...chosen.filter((m) => !m.last), ...chosen.filter((m) => m.last)]) {
    notes.push(mutation.apply(tree, rng) ?? `(${mutation.name}: nothing to apply it to)`);
  }
  const wire: Wire = { bytes: Buffer.from(toJsonText(tree.root)), contentType: 'application/json', chunked: false, authorized: true };
  const bytesChanged = rng.chance(0.2);
  if (bytesChanged) notes.push(pickWeighted(rng, byteMutations).apply(wire, rng));
  if (rng.chance(0.08)) notes.push(pickWeighted(rng, headerMutations).apply(wire, rng));
  const storedSession = bytesChanged || !wire.authorized ? null : newCallSession(source.endpoint, wire.bytes, id);
  const deliveries = rng.chance(0.03) ? 2 : 1;
  if (deliveries === 2) notes.push('delivered twice at once');
  return { ...wire, index, description: notes.join('; '), deliveries, storedSession };
}

/**
 * Now and then a session (or an event) other bodies with this seed also name, on any endpoint
 * and in any worker: hostile summaries end sessions hostile calls began, and a repeated
 * eventId with other content is a duplicate delivery.
 */
function sharedIds(tree: Tree, rng: Rng, seed: number): string[] {
  const payload = (tree.root as Body).payload;
  const notes: string[] = [];
  if (rng.chance(0.05)) {
    const shared = `session-${rng.int(0, 7)}`;
    payload.sessionId = `fz-${seed}-shared-${shared}`;
    notes.push(`the shared ${shared}`);
  }
  if (rng.chance(0.02) && 'eventId' in payload) {
    const shared = `event-${rng.int(0, 3)}`;
    payload.eventId = `fz-${seed}-shared-${shared}`;
    notes.push(`the shared ${shared}`);
  }
  return notes;
}

/** A named case on the endpoint's first built-in body. */
export function namedCase(source: CaseSource, index: number, named: NamedCase): FuzzCase {
  const id = idOf(source, `named${index}`);
  const body = withOwnIds(builtinBases(source.endpoint)[0]!, id);
  const bytes = Buffer.from(toJsonText(named.body ? named.body(body) : body));
  const wire: Wire = { bytes, contentType: 'application/json', chunked: false, authorized: true, ...named.wire?.(bytes) };
  return { ...wire, index, description: named.name, deliveries: 1, storedSession: named.wire ? null : newCallSession(source.endpoint, wire.bytes, id) };
}

/** Unique per run (runId), so a second run on the same database is not a duplicate delivery. */
const idOf = (source: CaseSource, index: number | string) => `fz-${source.runId}-${source.endpoint}-${source.label}-${index}`;

function newCallSession(endpoint: Endpoint, bytes: Buffer, id: string): string | null {
  if (endpoint !== 'vca' || !bytes.includes('CALL_RECEIVED')) return null;
  let body: Partial<Body> | null;
  try {
    body = JSON.parse(bytes.toString('utf8')) as Partial<Body> | null;
  } catch {
    return null;
  }
  const p = body?.payload;
  const isNewCall =
    body?.namespace === 'VOICE' && body.eventType === 'CALL_ACTION' && p?.callStatus === 'CALL_RECEIVED' && p.eventId === `${id}-event` && p.sessionId === `${id}-session`;
  return isNewCall ? `${id}-session` : null;
}
