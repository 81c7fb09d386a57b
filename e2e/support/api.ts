import { randomUUID } from 'node:crypto';
import { expect, type APIRequestContext } from '@playwright/test';
import type { VcaReply } from '@/lib/eightbyeight/callflow';
import { openApiCallflowErrors } from '@/lib/testing/openapi-callflow';
import { hasShared } from '@/lib/testing/shared';
import { validateCallflow } from '@/lib/sandbox/validate-callflow';
import { builtinSpeechProfiles } from '@/lib/eightbyeight/builtin-speech-profiles';
import { testServer } from './test-server';

// Helpers for the HTTP integration suites: they talk to the running server only
// through its public API and webhooks, as 8x8 and users do.

export const authHeader = { Authorization: testServer.webhookToken };

/** A number no other test uses, so tests can run in parallel on one database. */
export function uniqueNumber(): string {
  return `+659${Math.floor(1_000_000 + Math.random() * 8_999_999)}`;
}

export async function createFlow(request: APIRequestContext, body: Record<string, unknown>): Promise<string> {
  const response = await request.post('/api/flows', { data: { name: `test ${randomUUID().slice(0, 8)}`, ...body } });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

export async function publish(request: APIRequestContext, flowId: string): Promise<{ id: string; version: number }> {
  const response = await request.post(`/api/flows/${flowId}/publish`);
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as { id: string; version: number };
}

export async function routeNumber(request: APIRequestContext, flowId: string, number = uniqueNumber()): Promise<string> {
  const response = await request.post('/api/numbers', { data: { number, flowId } });
  expect(response.status(), await response.text()).toBe(201);
  return number;
}

/** A published flow from a template, reached by a fresh number. */
export async function publishedTemplate(request: APIRequestContext, template: 'simple-ivr' | 'restaurant') {
  const flowId = await createFlow(request, { template });
  const version = await publish(request, flowId);
  const number = await routeNumber(request, flowId);
  return { flowId, version, number };
}

type VcaOptions = {
  sessionId: string;
  callStatus?: 'CALL_RECEIVED' | 'ACTION_COMPLETED';
  clientActionId?: string;
  dtmf?: string | null;
  /** Put the digits at payload.dtmf (8x8's sample backend) instead of payload.eventData.dtmf. */
  flatDigits?: boolean;
  source?: string;
  destination?: string;
  direction?: 'INBOUND' | 'OUTBOUND';
  eventId?: string;
};

/** A VCA webhook body in 8x8's documented shape. */
export function vcaBody(o: VcaOptions) {
  const digits = o.dtmf ?? null;
  return {
    namespace: 'VOICE',
    eventType: 'CALL_ACTION',
    description: 'Action request of a call',
    payload: {
      eventId: o.eventId ?? randomUUID(),
      callId: `call-${o.sessionId}`,
      sessionId: o.sessionId,
      subAccountId: 'sandbox',
      callStatus: o.callStatus ?? 'ACTION_COMPLETED',
      callDirection: o.direction ?? 'INBOUND',
      callType: 'PSTN',
      source: o.source ?? '+6591178965',
      destination: o.destination ?? '+6568332048',
      sourceFormat: 'MSISDN',
      destinationFormat: 'MSISDN',
      callDuration: 0,
      sipCode: 200,
      timestamp: new Date().toISOString(),
      ...(o.flatDigits ? { dtmf: digits } : { eventData: { dtmf: digits } }),
      ...(o.clientActionId !== undefined && { clientActionId: o.clientActionId }),
    },
  };
}

const speechProfiles = new Set(builtinSpeechProfiles.map((p) => p.speechProfileCode));

/** Every callflow the app emits must satisfy 8x8's schema and its rules. */
export function expectValidCallflow(reply: VcaReply) {
  if (hasShared) expect(openApiCallflowErrors(reply.callflow)).toEqual([]);
  expect(
    validateCallflow(reply, { requireMakeCallFirst: false, speechProfiles, allowedSources: new Set(), now: new Date() }),
  ).toBeNull();
}

export async function postVca(request: APIRequestContext, body: unknown): Promise<VcaReply> {
  const response = await request.post('/api/webhooks/8x8/vca', { data: body, headers: authHeader });
  expect(response.status(), await response.text()).toBe(200);
  const reply = (await response.json()) as VcaReply;
  expectValidCallflow(reply);
  return reply;
}

/** A caller on the line: each press answers the previous reply, as 8x8 would. */
export function caller(request: APIRequestContext, options: { sessionId?: string; source?: string; destination: string }) {
  const sessionId = options.sessionId ?? randomUUID();
  let last: VcaReply | undefined;
  return {
    sessionId,
    get lastReply() {
      return last;
    },
    async dial(): Promise<VcaReply> {
      last = await postVca(request, vcaBody({ sessionId, callStatus: 'CALL_RECEIVED', source: options.source, destination: options.destination }));
      return last;
    },
    async press(dtmf: string | null, extra: Partial<VcaOptions> = {}): Promise<VcaReply> {
      last = await postVca(
        request,
        vcaBody({ sessionId, dtmf, clientActionId: last?.clientActionId, source: options.source, destination: options.destination, ...extra }),
      );
      return last;
    },
  };
}

export async function getCall(request: APIRequestContext, sessionId: string) {
  const response = await request.get(`/api/calls/${sessionId}`);
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as {
    session: Record<string, unknown> & { status: string; finalStatus: string | null; currentNodeId: string | null };
    events: Array<Record<string, unknown> & { kind: string; reply: unknown; eventKey: string }>;
    legs: Array<Record<string, unknown>>;
  };
}

/**
 * A session known only from its summary (8x8's VSS for an inbound call we never saw
 * answered): started at `start`, lasting `seconds`, to `destination` (whose flow it is filed under).
 */
export async function sendSummary(
  request: APIRequestContext,
  o: { caller: string; start: Date; seconds: number; status?: string; errorCode?: number; destination?: string; sessionId?: string },
) {
  const sessionId = o.sessionId ?? randomUUID();
  const end = new Date(o.start.getTime() + o.seconds * 1000).toISOString();
  const response = await request.post('/api/webhooks/8x8/vss', {
    headers: authHeader,
    data: {
      namespace: 'VOICE',
      eventType: 'SESSION_SUMMARY',
      description: 'Summary of a completed call session',
      version: 5,
      payload: {
        sessionId,
        subAccountId: 'sandbox',
        sessionStatus: o.status ?? 'COMPLETED',
        startTime: o.start.toISOString(),
        endTime: end,
        lastAction: 'HANGUP',
        callCount: 1,
        ...(o.errorCode !== undefined && { errorDetails: { errorCode: o.errorCode, errorMsg: 'Invalid call flow' } }),
        details: {
          callA: {
            callId: `call-${sessionId}`,
            callDirection: 'INBOUND',
            callType: 'PSTN',
            initiatedTimestamp: o.start.toISOString(),
            disconnectedTimestamp: end,
            source: o.caller,
            destination: o.destination ?? '+6568332048',
            sourceFormat: 'MSISDN',
            destinationFormat: 'MSISDN',
            callStatus: o.status ?? 'COMPLETED',
            callDuration: o.seconds,
          },
        },
      },
    },
  });
  expect(response.status(), await response.text()).toBe(200);
  return sessionId;
}
