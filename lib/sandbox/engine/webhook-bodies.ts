import { randomUUID } from 'node:crypto';
import type { SandboxCall } from './call';
import { legSeconds, partyFields, summaryLeg, summaryTime, type Leg } from './legs';

// The three webhooks 8x8 POSTs, in the shapes of its fixtures (../shared/8x8/fixtures).

export type VcsStatus = 'CALL_INITIATED' | 'CALL_RECEIVED' | 'CALL_CONNECTED' | 'CALL_DISCONNECTED';

const sipCodes: Record<string, number> = { BUSY: 486, NO_ANSWER: 480, FAILED: 503, CANCELED: 487 };

function legPayload(call: SandboxCall, leg: Leg, callStatus: string, now: Date) {
  return {
    eventId: randomUUID(),
    callId: leg.callId,
    sessionId: call.sessionId,
    subAccountId: call.deps.subAccountId,
    callStatus,
    callDirection: leg.direction,
    callType: 'PSTN',
    ...partyFields(leg, call.deps.numbers),
    callDuration: legSeconds(leg, now),
  };
}

/** Voice Call Status: a leg was placed, received, connected or disconnected. */
export function vcsBody(call: SandboxCall, leg: Leg, callStatus: VcsStatus, now = new Date()) {
  const sipCode = callStatus === 'CALL_DISCONNECTED' && leg.status ? (sipCodes[leg.status] ?? 200) : 200;
  return {
    payload: { ...legPayload(call, leg, callStatus, now), sipCode, timestamp: now.toISOString() },
    namespace: 'VOICE',
    eventType: 'CALL_STATUS',
    description: 'Status update of a call',
  };
}

export type VcaKind =
  | { callStatus: 'CALL_RECEIVED' }
  | { callStatus: 'ACTION_COMPLETED'; dtmf: string | null; clientActionId: string | null };

/** Voice Call Action: a call arrived, or a sayAndCapture / bridged call finished. */
export function vcaBody(call: SandboxCall, leg: Leg, kind: VcaKind, now = new Date()) {
  return {
    namespace: 'VOICE',
    eventType: 'CALL_ACTION',
    description: 'Action request of a call',
    payload: {
      ...legPayload(call, leg, kind.callStatus, now),
      eventData: { dtmf: kind.callStatus === 'ACTION_COMPLETED' ? kind.dtmf : null },
      sipCode: 200,
      timestamp: now.toISOString(),
      ...(kind.callStatus === 'ACTION_COMPLETED' && { clientActionId: kind.clientActionId }),
    },
  };
}

/** Voice Session Summary (version 5): once, after the session ended. */
export function vssBody(call: SandboxCall, now = new Date()) {
  const legs = Object.entries(call.legs).filter((entry): entry is [string, Leg] => entry[1] !== undefined);
  return {
    payload: {
      sessionId: call.sessionId,
      subAccountId: call.deps.subAccountId,
      sessionStatus: call.finalStatus,
      startTime: summaryTime(call.startedAt),
      endTime: summaryTime(now),
      lastAction: call.lastAction,
      callCount: legs.length,
      ...(call.clientRequestId && { clientRequestId: call.clientRequestId }),
      ...(call.errorDetails && { errorDetails: call.errorDetails }),
      details: Object.fromEntries(legs.map(([key, leg]) => [key, summaryLeg(leg, call.deps.numbers, now)])),
    },
    namespace: 'VOICE',
    eventType: 'SESSION_SUMMARY',
    description: 'Summary of a completed call session',
    version: 5,
  };
}
