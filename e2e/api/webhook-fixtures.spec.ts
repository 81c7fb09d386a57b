import { randomUUID } from 'node:crypto';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { hasShared, readShared, sharedMissing } from '@/lib/testing/shared';
import type { VcaReply } from '@/lib/eightbyeight/callflow';
import { authHeader, caller, getCall, postVca, publishedTemplate } from '../support/api';

// Every webhook sample in ../shared/8x8/fixtures goes through its real endpoint. The
// fixtures share fixed sessionIds and eventIds, so only the tests about the literal
// fixture send it as is; the storage tests send a copy with ids of their own.

type Payload = Record<string, unknown> & { sessionId: string; eventId?: string };
type Fixture = Record<string, unknown> & { eventType: string; payload: Payload };
type Leg = { callId: string; callQuality?: { mos: number; packetLossRate: number; jitter: number } };
type VssFixture = Fixture & {
  payload: Payload & {
    sessionStatus: string;
    startTime: string;
    endTime: string;
    lastAction: string;
    clientRequestId?: string;
    errorDetails?: { errorMsg: string; errorCode: number };
    details: Record<string, Leg>;
  };
};

const actionCompletedFixtures = [
  { file: 'vca-dtmf.json', dtmf: '1', clientActionId: 'ivr1_level1' },
  { file: 'vca-dtmf-flat.json', dtmf: '2', clientActionId: 'reservations' },
  { file: 'vca-no-input.json', dtmf: null, clientActionId: 'ivr1_level1' },
] as const;
const vssFixtures = ['vss-completed-bridged.json', 'vss-busy.json', 'vss-completed-hangup.json', 'vss-error.json'] as const;

const fixture = <T extends Fixture = Fixture>(file: string) => readShared<T>(`fixtures/${file}`);

/** The fixture with its own ids, so parallel tests and re-runs never share a row. */
function copyOf<T extends Fixture>(file: string, ids: { sessionId?: string; freshEventId?: boolean; payload?: Record<string, unknown> }): T {
  const original = fixture<T>(file);
  const payload = {
    ...original.payload,
    ...(ids.sessionId && { sessionId: ids.sessionId }),
    ...(ids.freshEventId && { eventId: randomUUID() }),
    ...ids.payload,
  };
  return { ...original, payload } as T;
}

const apology = {
  callflow: [
    {
      action: 'say',
      params: {
        text: 'We are sorry, we cannot take your call right now. Please try again later. Goodbye.',
        voiceProfile: 'en-US-BenjaminRUS',
      },
    },
    { action: 'hangup' },
  ],
};

async function postStatus(request: APIRequestContext, endpoint: 'vcs' | 'vss', body: unknown) {
  const response = await request.post(`/api/webhooks/8x8/${endpoint}`, { data: body, headers: authHeader });
  expect(response.status(), await response.text()).toBe(200);
  expect(await response.json()).toEqual({ received: true });
}

test.describe('8x8 webhook fixtures', () => {
  test.skip(!hasShared, sharedMissing);

  for (const { file } of actionCompletedFixtures) {
    test(`the literal ${file} (a session we never saw) gets the apology and a hangup`, async ({ request }) => {
      const reply = await postVca(request, fixture(file));
      expect(reply).toStrictEqual(apology);
    });
  }

  test('the literal inbound CALL_RECEIVED and CALL_STATUS fixtures are answered and stored on their session', async ({ request }) => {
    const received = fixture('vca-inbound-call-received.json');
    const status = fixture('call-status.json');
    expect(status.payload.sessionId).toBe(received.payload.sessionId);

    const reply = await postVca(request, received);
    expect(reply.callflow.length).toBeGreaterThan(0);
    await postStatus(request, 'vcs', status);

    const call = await getCall(request, received.payload.sessionId);
    const vca = call.events.find((e) => e.eventKey === received.payload.eventId);
    expect(vca).toMatchObject({ kind: 'VCA', callStatus: 'CALL_RECEIVED', request: received, reply });
    const vcs = call.events.find((e) => e.eventKey === status.payload.eventId);
    expect(vcs).toMatchObject({ kind: 'VCS', callStatus: 'CALL_RECEIVED', request: status });
    expect(call.session.direction).toBe('INBOUND');
  });

  for (const file of vssFixtures) {
    test(`the literal ${file} is accepted and ends its session`, async ({ request }) => {
      const summary = fixture<VssFixture>(file);
      await postStatus(request, 'vss', summary);
      const call = await getCall(request, summary.payload.sessionId);
      expect(call.session.status).toBe('ENDED');
      expect(call.session.finalStatus).toBe(summary.payload.sessionStatus);
      expect(call.events.filter((e) => e.kind === 'VSS').map((e) => e.eventKey)).toEqual([`vss:${summary.payload.sessionId}`]);
    });
  }

  test('a copy of the inbound CALL_RECEIVED then CALL_STATUS is stored with the request and the reply', async ({ request }) => {
    const { number, version } = await publishedTemplate(request, 'restaurant');
    const sessionId = randomUUID();
    const received = copyOf('vca-inbound-call-received.json', { sessionId, freshEventId: true, payload: { destination: number } });
    const status = copyOf('call-status.json', { sessionId, freshEventId: true });

    const reply = await postVca(request, received);
    expect(reply.clientActionId).toBe(`${version.id}:welcome:0`);
    await postStatus(request, 'vcs', status);

    const call = await getCall(request, sessionId);
    expect(call.events.map((e) => [e.kind, e.eventKey])).toEqual([
      ['VCA', received.payload.eventId],
      ['VCS', status.payload.eventId],
    ]);
    expect(call.events[0]).toMatchObject({ callStatus: 'CALL_RECEIVED', request: received, reply, nodeId: 'start' });
    expect(call.events[1]).toMatchObject({ callStatus: 'CALL_RECEIVED', request: status, reply: null });
    expect(call.session).toMatchObject({
      direction: 'INBOUND',
      caller: received.payload.source,
      dialed: number,
      callId: received.payload.callId,
      status: 'CALL_RECEIVED',
      currentNodeId: 'welcome',
      endedAt: null,
    });
  });

  test('copies of the ACTION_COMPLETED fixtures on a live call are stored, digits from either shape', async ({ request }) => {
    // The samples belong to one of 8x8's calls; here they arrive on a live call of ours, waiting at
    // the simple IVR's menu. Their clientActionIds come from 8x8's examples, not from our flow: not
    // obeyed — the first ("1") is answered from the menu the call waits at, whose branch for 1
    // ends the call; the call has then ended, so the others hear only hangup (docs/architecture.md).
    const flow = await publishedTemplate(request, 'simple-ivr');
    const line = caller(request, { destination: flow.number });
    await line.dial();
    const sessionId = line.sessionId;

    const sent: Fixture[] = [];
    const replies: unknown[] = [];
    for (const { file } of actionCompletedFixtures) {
      const copy = copyOf(file, { sessionId, freshEventId: true });
      sent.push(copy);
      replies.push(await postVca(request, copy));
    }
    // What pressing 1 at the menu answers, on a call that does it right.
    const honest = caller(request, { destination: flow.number });
    await honest.dial();
    const [resolved, ...afterHangup] = replies as VcaReply[];
    expect(resolved).toEqual(await honest.press('1'));
    expect(resolved?.callflow.at(-1)).toEqual({ action: 'hangup' });
    expect(afterHangup).toEqual(afterHangup.map(() => ({ callflow: [{ action: 'hangup' }] })));

    const call = await getCall(request, sessionId);
    const vcas = call.events.filter((e) => e.kind === 'VCA').slice(1);
    expect(vcas).toHaveLength(actionCompletedFixtures.length);
    actionCompletedFixtures.forEach(({ dtmf, clientActionId }, i) => {
      expect(vcas[i]).toMatchObject({
        eventKey: sent[i]!.payload.eventId,
        callStatus: 'ACTION_COMPLETED',
        dtmf,
        clientActionId,
        request: sent[i],
        reply: replies[i],
      });
    });
  });

  for (const file of vssFixtures) {
    test(`a copy of ${file} sets the final status, the times and the legs with their quality`, async ({ request }) => {
      const sessionId = randomUUID();
      const summary = copyOf<VssFixture>(file, { sessionId });
      const p = summary.payload;
      await postStatus(request, 'vss', summary);

      const call = await getCall(request, sessionId);
      expect(call.session).toMatchObject({
        status: 'ENDED',
        finalStatus: p.sessionStatus,
        lastAction: p.lastAction,
        startedAt: new Date(p.startTime).toISOString(),
        endedAt: new Date(p.endTime).toISOString(),
        clientRequestId: p.clientRequestId ?? null,
        errorCode: p.errorDetails?.errorCode ?? null,
      });
      expect(call.events).toHaveLength(1);
      expect(call.events[0]).toMatchObject({ kind: 'VSS', eventKey: `vss:${sessionId}`, callStatus: p.sessionStatus, request: summary });

      const expectedLegs = Object.entries(p.details).map(([legKey, leg]) => ({
        legKey,
        callId: leg.callId,
        mos: leg.callQuality?.mos ?? null,
        jitterMs: leg.callQuality?.jitter ?? null,
        packetLossRate: leg.callQuality?.packetLossRate ?? null,
      }));
      expect(expectedLegs.length).toBeGreaterThan(0);
      expect(call.legs).toEqual(expectedLegs.map((leg) => expect.objectContaining(leg)));
    });
  }

  test('vss-error stores error -2005 with its meaning', async ({ request }) => {
    const sessionId = randomUUID();
    await postStatus(request, 'vss', copyOf<VssFixture>('vss-error.json', { sessionId }));
    const call = await getCall(request, sessionId);
    expect(call.session).toMatchObject({
      finalStatus: 'ERROR',
      lastAction: 'SAY_AND_CAPTURE',
      errorCode: -2005,
      errorMessage: 'Unable to synthesize text to speech',
      errorMeaning: 'text-to-speech failed',
    });
  });

  test('a bridged summary keeps both legs with their own quality and status', async ({ request }) => {
    const sessionId = randomUUID();
    await postStatus(request, 'vss', copyOf<VssFixture>('vss-busy.json', { sessionId }));
    const { legs, session } = await getCall(request, sessionId);
    expect(session).toMatchObject({ direction: 'INBOUND', caller: '+6591178965', dialed: '+6568332048', finalStatus: 'BUSY' });
    expect(legs).toEqual([
      expect.objectContaining({ legKey: 'callA', status: 'COMPLETED', durationS: 37, mos: 4.5, jitterMs: 20, packetLossRate: 0 }),
      expect.objectContaining({ legKey: 'callB', status: 'BUSY', durationS: 0, mos: null, jitterMs: null, connectedAt: null }),
    ]);
  });

  test('a summary whose leg durations are fractional or absurd is still stored, not a 500', async ({ request }) => {
    // duration_s is an INTEGER column; 8x8 documents seconds but a refused summary would be lost for good.
    const sessionId = randomUUID();
    const summary = copyOf<VssFixture>('vss-completed-bridged.json', { sessionId });
    const details = summary.payload.details;
    summary.payload.details = { callA: { ...details.callA!, callDuration: 23.6 } as Leg, callB: { ...details.callB!, callDuration: 3e9 } as Leg };
    await postStatus(request, 'vss', summary);
    const { legs, session } = await getCall(request, sessionId);
    expect(session.finalStatus).toBe('COMPLETED');
    expect(legs).toEqual([
      expect.objectContaining({ legKey: 'callA', durationS: 24, mos: 4.5 }),
      expect.objectContaining({ legKey: 'callB', durationS: null, mos: 4.5 }),
    ]);
  });
});
