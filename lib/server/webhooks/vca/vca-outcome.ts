import 'server-only';
import type { VcaReply } from '@/lib/eightbyeight/callflow';
import { digitsOf, type VcaWebhook } from '@/lib/eightbyeight/webhooks';
import { FlowRuntimeError, type CompiledReply, type Walk } from '@/lib/flow/compile';
import type { MaybePromise } from '@/lib/flow/kinds';
import type { EventRow } from '@/lib/server/calls/event-sql';

// What the VCA handlers share: timing, the stored event row, where the call stands.

export type Timing = { receivedAt: Date; startedMs: number };

/** The stored row of a VCA and its reply; `walk` when the flow answered (not an apology). */
export function vcaEventRow(event: VcaWebhook, reply: VcaReply, nodeId: string | null, timing: Timing, walk?: Walk): EventRow {
  const p = event.payload;
  return {
    eventKey: p.eventId,
    kind: 'VCA',
    sessionId: p.sessionId,
    callStatus: p.callStatus,
    clientActionId: p.clientActionId ?? null,
    dtmf: digitsOf(p),
    nodeId,
    request: event,
    reply,
    httpStatus: 200,
    receivedAt: timing.receivedAt,
    latencyMs: performance.now() - timing.startedMs,
    ...walk,
  };
}

/** The call's own numbers, from 8x8's payload: the caller is the far end of the leg. */
export function numbersOf(event: VcaWebhook) {
  const p = event.payload;
  const outbound = p.callDirection === 'OUTBOUND';
  return { caller: (outbound ? p.destination : p.source) ?? '', dialed: (outbound ? p.source : p.destination) ?? '' };
}

/** What a call that has already ended hears: nothing more (8x8 sent a callback after its summary). */
export const endedCallReply = (): VcaReply => ({ callflow: [{ action: 'hangup' }] });

/** Where the call stands after a reply: the waiting node, else the last node walked. */
export const currentNode = (compiled: CompiledReply) => compiled.waitingAt ?? compiled.path.at(-1)?.nodeId ?? null;

/** The variables a reply set or changed (what a move stores), or undefined when it set none. */
export function changedVars(before: Record<string, string>, after: Record<string, string>): Record<string, string> | undefined {
  const changed = Object.entries(after).filter(([key, value]) => before[key] !== value);
  return changed.length ? Object.fromEntries(changed) : undefined;
}

/** Compiles (a step may need I/O), or returns null (to answer with an apology) when the flow cannot run from here. */
export async function compileOrApologize<T extends CompiledReply>(compile: () => MaybePromise<T>, context: string): Promise<T | null> {
  try {
    return await compile();
  } catch (error) {
    if (!(error instanceof FlowRuntimeError)) throw error;
    console.warn(`[vca] ${context}: ${error.message}; answering with an apology`);
    return null;
  }
}
