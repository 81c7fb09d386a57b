import type { ClientAction } from './client-action-id';

// Where a callback resumes a call: the step the session says it waits at (the database's
// word, or this server's memory of it), or the step the callback's clientActionId names.
// docs/architecture.md, "Events late, twice or out of order".

export type WaitingAt = { versionId: string; nodeId: string; step: number };

/**
 * A numbered clientActionId ahead of the session is trusted: another server answered that
 * step (during an outage) and its journal has not reached the database yet. One at or behind
 * the session's step is late or misrouted, and the session's step answers it. A claim for
 * another version than the session's is not ours to obey. With no session known, a claim
 * for a version is all there is (an unnumbered one counts as the first reply).
 */
export function resumePoint(session: WaitingAt | null, claim: ClientAction | null): WaitingAt | null {
  if (!claim || (session && claim.versionId !== session.versionId)) return session;
  if (!session) return { versionId: claim.versionId, nodeId: claim.nodeId, step: claim.step ?? 0 };
  return claim.step !== null && claim.step > session.step ? { versionId: claim.versionId, nodeId: claim.nodeId, step: claim.step } : session;
}
