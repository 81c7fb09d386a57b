import { randomUUID } from 'node:crypto';

// One simulated inbound call through the seeded ABC Restaurant flow, as 8x8 would
// drive it: CALL_RECEIVED, then digits echoing each reply's clientActionId, then
// the session summary. Six VCAs: welcome → 2 → 2 (main menu) → 1 → 2 → 1.

export const vcasPerCall = 6;
const presses = ['2', '2', '1', '2', '1'];

type Post = (path: string, body: unknown) => Promise<{ latencyMs: number; json: { clientActionId?: string; callflow?: unknown[] } }>;

export async function simulatedCall(post: Post, dialed: string, latencies: number[]): Promise<void> {
  const sessionId = randomUUID();
  const payload = (extra: Record<string, unknown>) => ({
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
  });
  let reply = await post('/api/webhooks/8x8/vca', payload({ callStatus: 'CALL_RECEIVED', eventData: { dtmf: null } }));
  latencies.push(reply.latencyMs);
  for (const digit of presses) {
    reply = await post(
      '/api/webhooks/8x8/vca',
      payload({ callStatus: 'ACTION_COMPLETED', eventData: { dtmf: digit }, clientActionId: reply.json.clientActionId }),
    );
    latencies.push(reply.latencyMs);
  }
  if (reply.json.callflow?.at(-1) && (reply.json.callflow.at(-1) as { action?: string }).action !== 'hangup') {
    throw new Error(`the simulated call did not end: ${JSON.stringify(reply.json)}`);
  }
  const now = new Date().toISOString();
  await post('/api/webhooks/8x8/vss', {
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
  });
}
