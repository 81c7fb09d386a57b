import { randomUUID } from 'node:crypto';

// One simulated inbound call through the seeded ABC Restaurant flow, as 8x8 would
// drive it: CALL_RECEIVED, then digits echoing each reply's clientActionId, then
// the session summary. Six VCAs: welcome → 2 → 2 (main menu) → 1 → 2 → 1.

export const vcasPerCall = 6;
const presses = ['2', '2', '1', '2', '1'];

export type Post = (path: string, body: unknown) => Promise<{ latencyMs: number; json: { clientActionId?: string; callflow?: unknown[] } }>;

export type CallOptions = {
  /** Where the VCAs go (the ceiling run sends the same requests to an empty handler). */
  vcaPath: string;
  vssPath: string;
  /** Mean pause before each key press (as a caller listens to the prompt first), varied ±50%. */
  thinkMs: number;
  /** Check that the call ended with a hangup (off for the empty handler). */
  checkReplies: boolean;
};

// Callers are not in step: each pause is drawn from 50–150% of the mean.
export const pause = (meanMs: number) =>
  meanMs > 0 ? new Promise((resolve) => setTimeout(resolve, meanMs * (0.5 + Math.random()))) : Promise.resolve();

/** A VCA body as 8x8 sends it, for a call to `dialed`; `extra` adds callStatus, digits, clientActionId. */
export function vcaEvent(sessionId: string, dialed: string, extra: Record<string, unknown>) {
  return {
    namespace: 'VOICE',
    eventType: 'CALL_ACTION',
    description: 'Action request of a call',
    payload: {
      eventId: randomUUID(),
      callId: `${sessionId}-a`,
      sessionId,
      subAccountId: 'bench',
      callDirection: 'INBOUND',
      callType: 'PSTN',
      source: '+6591178965',
      destination: dialed,
      callDuration: 0,
      sipCode: 200,
      timestamp: new Date().toISOString(),
      ...extra,
    },
  };
}

/** The session summary 8x8 sends once the call has hung up. */
export function summaryEvent(sessionId: string, dialed: string) {
  const now = new Date().toISOString();
  return {
    namespace: 'VOICE',
    eventType: 'SESSION_SUMMARY',
    version: 5,
    payload: {
      sessionId,
      subAccountId: 'bench',
      sessionStatus: 'COMPLETED',
      startTime: now,
      endTime: now,
      lastAction: 'HANGUP',
      callCount: 1,
      details: {
        callA: {
          callId: `${sessionId}-a`,
          callDirection: 'INBOUND',
          callType: 'PSTN',
          source: '+6591178965',
          destination: dialed,
          initiatedTimestamp: now,
          connectedTimestamp: now,
          disconnectedTimestamp: now,
          callStatus: 'COMPLETED',
          callDuration: 20,
          callQuality: { mos: 4.4, packetLossRate: 0, jitter: 12 },
        },
      },
    },
  };
}

export async function simulatedCall(post: Post, dialed: string, latencies: number[], options: CallOptions): Promise<void> {
  const sessionId = randomUUID();
  const payload = (extra: Record<string, unknown>) => vcaEvent(sessionId, dialed, extra);
  let reply = await post(options.vcaPath, payload({ callStatus: 'CALL_RECEIVED', eventData: { dtmf: null } }));
  latencies.push(reply.latencyMs);
  for (const digit of presses) {
    await pause(options.thinkMs);
    reply = await post(
      options.vcaPath,
      payload({ callStatus: 'ACTION_COMPLETED', eventData: { dtmf: digit }, clientActionId: reply.json.clientActionId }),
    );
    latencies.push(reply.latencyMs);
  }
  const last = reply.json.callflow?.at(-1) as { action?: string } | undefined;
  if (options.checkReplies && last?.action !== 'hangup') {
    throw new Error(`the simulated call did not end with a hangup: ${JSON.stringify(reply.json)}`);
  }
  await post(options.vssPath, summaryEvent(sessionId, dialed));
}
