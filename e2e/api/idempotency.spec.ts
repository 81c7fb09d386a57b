import { randomUUID } from 'node:crypto';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { authHeader, caller, getCall, postVca, publishedTemplate, vcaBody } from '../support/api';

// 8x8 says to expect duplicate deliveries: a repeated VCA must get the same reply and
// change nothing; a repeated session summary must be applied once.

function summary(sessionId: string, endTime: string, legs: string[]) {
  const details = Object.fromEntries(
    legs.map((key, i) => [
      key,
      {
        callId: `${sessionId}-${key}`,
        callDirection: i === 0 ? 'INBOUND' : 'OUTBOUND',
        callType: 'PSTN',
        initiatedTimestamp: '2026-01-13T08:26:58Z',
        disconnectedTimestamp: endTime,
        source: '+6591178965',
        destination: '+6568332048',
        callStatus: 'COMPLETED',
        callDuration: 20 + i,
        callQuality: { mos: 4.1 + i / 10, packetLossRate: 0.01, jitter: 12 + i },
      },
    ]),
  );
  return {
    namespace: 'VOICE',
    eventType: 'SESSION_SUMMARY',
    description: 'Summary of a completed call session',
    version: 5,
    payload: {
      sessionId,
      subAccountId: 'sandbox',
      sessionStatus: 'COMPLETED',
      startTime: '2026-01-13T08:26:58Z',
      endTime,
      lastAction: 'HANGUP',
      callCount: legs.length,
      details,
    },
  };
}

async function postVss(request: APIRequestContext, body: unknown) {
  const response = await request.post('/api/webhooks/8x8/vss', { data: body, headers: authHeader });
  expect(response.status(), await response.text()).toBe(200);
}

test.describe('duplicate deliveries', () => {
  test('a repeated CALL_RECEIVED gets the identical reply and stores nothing more', async ({ request }) => {
    const { number } = await publishedTemplate(request, 'restaurant');
    const body = vcaBody({ sessionId: randomUUID(), callStatus: 'CALL_RECEIVED', destination: number });
    const first = await postVca(request, body);
    const before = await getCall(request, body.payload.sessionId);

    expect(await postVca(request, body)).toStrictEqual(first);
    expect(await getCall(request, body.payload.sessionId)).toEqual(before);
    expect(before.events).toHaveLength(1);
  });

  test('a repeated key press gets the identical reply, even after the call moved on, and changes nothing', async ({ request }) => {
    const { number } = await publishedTemplate(request, 'restaurant');
    const line = caller(request, { destination: number });
    const welcome = await line.dial();

    const pressOne = vcaBody({ sessionId: line.sessionId, dtmf: '1', clientActionId: welcome.clientActionId, destination: number });
    const reservations = await postVca(request, pressOne);
    expect(reservations.clientActionId).toMatch(/:reservations:1$/);
    const afterFirst = await getCall(request, line.sessionId);

    const again = await postVca(request, pressOne);
    expect(again).toStrictEqual(reservations);
    expect(await getCall(request, line.sessionId)).toEqual(afterFirst);

    // The caller goes deeper; a late copy of the old press must not pull the call back.
    const bookTable = await postVca(
      request,
      vcaBody({ sessionId: line.sessionId, dtmf: '1', clientActionId: reservations.clientActionId, destination: number }),
    );
    expect(bookTable.clientActionId).toMatch(/:book_table:2$/);
    const deeper = await getCall(request, line.sessionId);
    expect(deeper.session.currentNodeId).toBe('book_table');

    expect(await postVca(request, pressOne)).toStrictEqual(reservations);
    const late = await getCall(request, line.sessionId);
    expect(late).toEqual(deeper);
    expect(late.events.filter((e) => e.eventKey === pressOne.payload.eventId)).toHaveLength(1);
  });

  test('a repeated VCA about an unknown session gets the same apology, stored once', async ({ request }) => {
    const body = vcaBody({ sessionId: randomUUID(), dtmf: '1', clientActionId: 'nope:main_menu' });
    const first = await postVca(request, body);
    expect(first.callflow.map((a) => a.action)).toEqual(['say', 'hangup']);
    expect(await postVca(request, body)).toStrictEqual(first);
  });

  test('a repeated session summary is applied once', async ({ request }) => {
    const sessionId = randomUUID();
    const body = summary(sessionId, '2026-01-13T08:27:33Z', ['callA', 'callB']);
    await postVss(request, body);
    const before = await getCall(request, sessionId);
    expect(before.legs).toHaveLength(2);
    expect(before.session.endedAt).toBe('2026-01-13T08:27:33.000Z');

    await postVss(request, body);
    expect(await getCall(request, sessionId)).toEqual(before);

    // Even a redelivery that disagrees (a later end, a third leg) changes nothing.
    await postVss(request, summary(sessionId, '2026-01-13T09:00:00Z', ['callA', 'callB', 'callC']));
    const after = await getCall(request, sessionId);
    expect(after).toEqual(before);
    expect(after.legs).toHaveLength(2);
    expect(after.session.endedAt).toBe('2026-01-13T08:27:33.000Z');
    expect(after.events.filter((e) => e.kind === 'VSS')).toHaveLength(1);
  });

  test('a repeated summary of a call we ran ends it once and keeps its history', async ({ request }) => {
    const { number } = await publishedTemplate(request, 'restaurant');
    const line = caller(request, { destination: number });
    await line.dial();
    await line.press('3');
    const body = summary(line.sessionId, '2026-01-13T08:27:33Z', ['callA']);
    await postVss(request, body);
    await postVss(request, body);

    const call = await getCall(request, line.sessionId);
    expect(call.events.map((e) => e.kind)).toEqual(['VCA', 'VCA', 'VSS']);
    expect(call.legs).toHaveLength(1);
    expect(call.session).toMatchObject({ status: 'ENDED', finalStatus: 'COMPLETED', currentNodeId: 'end', flowId: expect.any(String) });
  });
});

test.describe('where the digits arrive', () => {
  for (const [shape, flatDigits] of [
    ['payload.eventData.dtmf (the webhook guide)', false],
    ['payload.dtmf (8x8\'s sample backend)', true],
  ] as const) {
    test(`digits in ${shape} are read`, async ({ request }) => {
      const { number, version } = await publishedTemplate(request, 'restaurant');
      const line = caller(request, { destination: number });
      await line.dial();
      const reply = await line.press('2', { flatDigits });
      expect(reply.clientActionId).toBe(`${version.id}:connect_call:1`);

      const call = await getCall(request, line.sessionId);
      const request_ = call.events.at(-1)?.request as { payload: Record<string, unknown> };
      expect(request_.payload).toHaveProperty(flatDigits ? 'dtmf' : 'eventData.dtmf', '2');
      expect(call.events.at(-1)).toMatchObject({ dtmf: '2' });
      expect(call.session).toMatchObject({ currentNodeId: 'connect_call', lastDigits: '2' });
    });
  }
});
