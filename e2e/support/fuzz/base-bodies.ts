import { hasShared, readShared } from '@/lib/testing/shared';

// The valid bodies the fuzzer mutates: built-in ones in 8x8's documented shapes (so the
// test runs without ../shared), and 8x8's own samples from ../shared/8x8/fixtures.

export type Endpoint = 'vca' | 'vcs' | 'vss';
export type Body = Record<string, unknown> & { payload: Record<string, unknown> };

const parties = {
  subAccountId: 'account_x',
  callType: 'PSTN',
  source: '+6591178965',
  destination: '+6568332048',
  sourceFormat: 'MSISDN',
  destinationFormat: 'MSISDN',
  sourceCountryCode: 'SG',
  destinationCountryCode: 'SG',
};

const leg = (callStatus: string, extra: Record<string, unknown> = {}) => ({
  callId: 'leg',
  callDirection: 'OUTBOUND',
  ...parties,
  initiatedTimestamp: '2026-01-13T08:26:58Z',
  connectedTimestamp: '2026-01-13T08:27:09Z',
  disconnectedTimestamp: '2026-01-13T08:27:33Z',
  sourceRefId: 'virtual-number-trunk-01',
  callStatus,
  callDuration: 23,
  ...extra,
});

const builtin: Record<Endpoint, Body[]> = {
  vca: [
    {
      namespace: 'VOICE',
      eventType: 'CALL_ACTION',
      description: 'Action request of a call',
      payload: { callStatus: 'CALL_RECEIVED', callDirection: 'INBOUND', ...parties, destinationRefId: 'vn-ref', callDuration: 0, sipCode: 200, timestamp: '2026-01-06T10:17:19.375Z' },
    },
    {
      namespace: 'VOICE',
      eventType: 'CALL_ACTION',
      description: 'Action request of a call',
      payload: { callStatus: 'ACTION_COMPLETED', callDirection: 'OUTBOUND', ...parties, sourceRefId: 'vn-ref', callDuration: 0, eventData: { dtmf: '1' }, sipCode: 200, timestamp: '2024-05-16T04:12:11.217Z', clientActionId: 'ivr1_level1' },
    },
    {
      namespace: 'VOICE',
      eventType: 'CALL_ACTION',
      description: 'Action request of a call',
      payload: { callStatus: 'ACTION_COMPLETED', callDirection: 'INBOUND', ...parties, dtmf: '2', sipCode: 200, timestamp: '2024-05-16T04:12:11.217Z', clientActionId: 'reservations' },
    },
  ],
  vcs: ['CALL_RECEIVED', 'CALL_CONNECTED', 'CALL_DISCONNECTED'].map((callStatus) => ({
    namespace: 'VOICE',
    eventType: 'CALL_STATUS',
    description: 'Status update of a call',
    payload: { callStatus, callDirection: 'INBOUND', ...parties, callDuration: 0, sipCode: 200, timestamp: '2026-01-06T10:17:19.375Z' },
  })),
  vss: [
    {
      namespace: 'VOICE',
      eventType: 'SESSION_SUMMARY',
      description: 'Summary of a completed call session',
      version: 5,
      payload: {
        subAccountId: 'account_x',
        sessionStatus: 'COMPLETED',
        startTime: '2026-01-13T08:26:58Z',
        endTime: '2026-01-13T08:27:33Z',
        lastAction: 'MAKE_CALL',
        callCount: 2,
        clientRequestId: 'Request-Id-1200',
        details: {
          callA: leg('COMPLETED', { callQuality: { mos: 4.5, packetLossRate: 0, jitter: 20 } }),
          callB: leg('COMPLETED', { destination: '+6531589338', callQuality: { mos: 2.1, packetLossRate: 0.3, jitter: 80 } }),
        },
      },
    },
    {
      namespace: 'VOICE',
      eventType: 'SESSION_SUMMARY',
      description: 'Summary of a completed call session',
      version: 5,
      payload: {
        subAccountId: 'account_x',
        sessionStatus: 'ERROR',
        startTime: '2026-01-13T08:40:02Z',
        endTime: '2026-01-13T08:40:03Z',
        lastAction: 'SAY_AND_CAPTURE',
        callCount: 1,
        errorDetails: { errorMsg: 'Unable to synthesize text to speech', errorCode: -2005 },
        details: { callA: leg('FAILED', { callDirection: 'INBOUND', callDuration: 0 }) },
      },
    },
  ],
};

const fixtureFiles: Record<Endpoint, string[]> = {
  vca: ['vca-dtmf.json', 'vca-dtmf-flat.json', 'vca-no-input.json', 'vca-inbound-call-received.json'],
  vcs: ['call-status.json'],
  vss: ['vss-completed-bridged.json', 'vss-busy.json', 'vss-completed-hangup.json', 'vss-error.json'],
};

export function builtinBases(endpoint: Endpoint): Body[] {
  return builtin[endpoint];
}

/** 8x8's samples for the endpoint; empty without ../shared (the caller skips with sharedMissing). */
export function fixtureBases(endpoint: Endpoint): Body[] {
  return hasShared ? fixtureFiles[endpoint].map((file) => readShared<Body>(`fixtures/${file}`)) : [];
}

/**
 * A deep copy of `base` with ids of its own: the fixtures share theirs, and a repeated
 * eventId is a duplicate delivery that stores nothing — the database would never see the body.
 */
export function withOwnIds(base: Body, id: string): Body {
  const copy = structuredClone(base);
  const payload = copy.payload;
  payload.sessionId = `${id}-session`;
  if (copy.eventType !== 'SESSION_SUMMARY') {
    payload.eventId = `${id}-event`;
    payload.callId = `${id}-call`;
  }
  const details = payload.details;
  if (details && typeof details === 'object') {
    for (const [key, value] of Object.entries(details)) (value as Record<string, unknown>).callId = `${id}-${key}`;
  }
  return copy;
}
