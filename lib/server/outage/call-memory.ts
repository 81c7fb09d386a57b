import 'server-only';
import type { VcaReply } from '@/lib/eightbyeight/callflow';
import { BoundedMap } from './bounded-map';

// What this server knows of the calls it has answered, so it can keep answering them
// while the database is unavailable (docs/architecture.md, "When the database is down").
// Updated on every answer; a call answered only by another server is not here.

export type RememberedCall = {
  versionId: string | null;
  flowId: string | null;
  currentNodeId: string | null;
  /** The number of the reply that left the call at currentNodeId. */
  step: number;
  vars: Record<string, string>;
  caller: string;
  dialed: string;
  ended: boolean;
  /** The last event answered and its reply: a duplicate delivery gets the same reply. */
  lastEventKey: string;
  lastReply: VcaReply | null;
};

const globalForMemory = globalThis as unknown as { callMemory?: BoundedMap<string, RememberedCall> };
// 20,000 calls of a few hundred bytes each: far more calls than one server has live at once.
const calls = (globalForMemory.callMemory ??= new BoundedMap(20_000));

export function recallCall(sessionId: string): RememberedCall | undefined {
  return calls.get(sessionId);
}

export function rememberCall(sessionId: string, call: RememberedCall): void {
  calls.set(sessionId, call);
}

/** A move on the hot path: the same call, at another step (its variables unchanged). */
export function rememberMove(sessionId: string, change: Pick<RememberedCall, 'currentNodeId' | 'step' | 'lastEventKey' | 'lastReply'> & { versionId: string }): void {
  const known = calls.get(sessionId);
  calls.set(sessionId, {
    flowId: null,
    vars: {},
    caller: '',
    dialed: '',
    ...known,
    ended: known?.ended ?? false,
    ...change,
  });
}

export function rememberEnded(sessionId: string): void {
  const known = calls.get(sessionId);
  if (known) calls.set(sessionId, { ...known, ended: true });
}
