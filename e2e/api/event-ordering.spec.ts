import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { authHeader, caller, getCall, postVca, publishedTemplate, sendSummary, vcaBody } from '../support/api';

// The ordering rules (docs/architecture.md, "Events late, twice or out of order"): the stored
// history is the truth even when 8x8's events arrive in an order a call cannot happen in.

const hangup = { callflow: [{ action: 'hangup' }] };

test.describe('events out of order', () => {
  test('digits after the session summary are stored, answered with hangup, and leave the call ended', async ({ request }) => {
    const flow = await publishedTemplate(request, 'restaurant');
    const line = caller(request, { destination: flow.number });
    await line.dial();
    await line.press('1'); // reservations
    await sendSummary(request, { sessionId: line.sessionId, caller: '+6591178965', destination: flow.number, start: new Date(), seconds: 20 });
    const ended = await getCall(request, line.sessionId);
    expect(ended.session).toMatchObject({ status: 'ENDED', finalStatus: 'COMPLETED', currentNodeId: 'reservations' });

    // Through both paths: with the step's clientActionId (the one-statement path), and without one.
    expect(await line.press('1')).toStrictEqual(hangup);
    expect(await postVca(request, vcaBody({ sessionId: line.sessionId, dtmf: '2', destination: flow.number }))).toStrictEqual(hangup);
    const status = await request.post('/api/webhooks/8x8/vcs', {
      headers: authHeader,
      data: { namespace: 'VOICE', eventType: 'CALL_STATUS', payload: { eventId: randomUUID(), sessionId: line.sessionId, callStatus: 'CALL_CONNECTED' } },
    });
    expect(status.status()).toBe(200);

    const after = await getCall(request, line.sessionId);
    expect(after.session).toEqual(ended.session);
    expect(after.events.map((e) => e.kind)).toEqual(['VCA', 'VCA', 'VSS', 'VCA', 'VCA', 'VCS']);
    expect(after.events.slice(3, 5).map((e) => e.reply)).toEqual([hangup, hangup]);
  });

  test('a callback after our reply hung up (its summary still on its way) hears hangup and moves nothing', async ({ request }) => {
    const flow = await publishedTemplate(request, 'restaurant');
    const line = caller(request, { destination: flow.number });
    await line.dial();
    const hours = await line.press('3'); // the opening hours, then goodbye
    expect(hours.callflow.at(-1)).toEqual({ action: 'hangup' });
    const before = await getCall(request, line.sessionId);
    expect(await postVca(request, vcaBody({ sessionId: line.sessionId, dtmf: '1', clientActionId: `${flow.version.id}:welcome`, destination: flow.number }))).toStrictEqual(hangup);
    expect(await postVca(request, vcaBody({ sessionId: line.sessionId, dtmf: '1', destination: flow.number }))).toStrictEqual(hangup);
    // A step number past the call's does not revive it: a call our reply hung up has no later step.
    expect(await postVca(request, vcaBody({ sessionId: line.sessionId, dtmf: '1', clientActionId: `${flow.version.id}:welcome:7`, destination: flow.number }))).toStrictEqual(hangup);
    expect((await getCall(request, line.sessionId)).session).toEqual(before.session);
  });

  test('a summary that arrives before the call events still makes one correct session', async ({ request }) => {
    const flow = await publishedTemplate(request, 'restaurant');
    const sessionId = randomUUID();
    const start = new Date(Date.now() - 60_000);
    await sendSummary(request, { sessionId, caller: '+6591178965', destination: flow.number, start, seconds: 30 });
    const line = caller(request, { sessionId, destination: flow.number });
    expect(await line.dial()).toStrictEqual(hangup);
    expect(await postVca(request, vcaBody({ sessionId, dtmf: '1', clientActionId: `${flow.version.id}:welcome`, destination: flow.number }))).toStrictEqual(hangup);

    const call = await getCall(request, sessionId);
    expect(call.session).toMatchObject({
      status: 'ENDED',
      finalStatus: 'COMPLETED',
      direction: 'INBOUND',
      flowId: flow.flowId,
      flowVersionId: flow.version.id,
      startedAt: start.toISOString(),
    });
    expect(call.events.map((e) => [e.kind, e.reply])).toEqual([
      ['VSS', null],
      ['VCA', hangup],
      ['VCA', hangup],
    ]);
    const history = await request.get(`/api/calls?flowId=${flow.flowId}`);
    const listed = ((await history.json()) as { calls: Array<{ id: string }> }).calls.filter((item) => item.id === sessionId);
    expect(listed).toHaveLength(1);
  });

  test('a callback numbered past the session is obeyed (another server answered that step and has not stored it yet); one behind is answered from the session', async ({ request }) => {
    const flow = await publishedTemplate(request, 'restaurant');
    const line = caller(request, { destination: flow.number });
    await line.dial();
    const reservations = await line.press('1');
    expect(reservations.clientActionId).toBe(`${flow.version.id}:reservations:1`);

    // Steps 2 and 3 were answered by another server, still journaling: step 3 left the call at
    // the welcome menu, and 1 there leads to reservations, as step 4.
    const ahead = await postVca(request, vcaBody({ sessionId: line.sessionId, dtmf: '1', clientActionId: `${flow.version.id}:welcome:3`, destination: flow.number }));
    expect(ahead).toStrictEqual({ ...reservations, clientActionId: `${flow.version.id}:reservations:4` });
    expect((await getCall(request, line.sessionId)).session).toMatchObject({ currentNodeId: 'reservations', step: 4, lastDigits: '1' });

    // A late callback (step 2, behind the session) is answered from where the call waits: 3 at reservations is the main menu.
    const late = await postVca(request, vcaBody({ sessionId: line.sessionId, dtmf: '3', clientActionId: `${flow.version.id}:welcome:2`, destination: flow.number }));
    expect(late.clientActionId).toBe(`${flow.version.id}:main_menu:5`);
    expect((await getCall(request, line.sessionId)).session).toMatchObject({ currentNodeId: 'main_menu', step: 5 });
  });

  test('a numbered callback for a call the database has not seen is answered from its step and makes the session', async ({ request }) => {
    // Its CALL_RECEIVED was answered by another server during an outage and waits in that server's journal.
    const flow = await publishedTemplate(request, 'restaurant');
    const sessionId = randomUUID();
    const reply = await postVca(request, vcaBody({ sessionId, dtmf: '1', clientActionId: `${flow.version.id}:welcome:0`, source: '+6591178965', destination: flow.number }));
    expect(reply.clientActionId).toBe(`${flow.version.id}:reservations:1`);
    const call = await getCall(request, sessionId);
    expect(call.session).toMatchObject({ flowId: flow.flowId, flowVersionId: flow.version.id, direction: 'INBOUND', caller: '+6591178965', currentNodeId: 'reservations', step: 1, endedAt: null });

    // The same for a claim without a number, or for a version that does not exist: an unknown call, the apology.
    for (const clientActionId of [`${flow.version.id}:welcome`, 'no-such-version:welcome:0']) {
      const unknown = randomUUID();
      const apology = await postVca(request, vcaBody({ sessionId: unknown, dtmf: '1', clientActionId, destination: flow.number }));
      expect(apology.callflow.at(-1), clientActionId).toEqual({ action: 'hangup' });
      expect(apology.clientActionId, clientActionId).toBeUndefined();
      expect((await request.get(`/api/calls/${unknown}`)).status(), clientActionId).toBe(404);
    }
  });
});
