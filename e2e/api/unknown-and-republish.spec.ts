import { randomUUID } from 'node:crypto';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { caller, getCall, postVca, publish, publishedTemplate, uniqueNumber, vcaBody } from '../support/api';

// Calls the product cannot place in a flow get a polite goodbye (never an error status
// to 8x8), and a call stays on the flow version it started with.

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

type Draft = { nodes: Array<{ id: string; data: Record<string, unknown> }> };

test.describe('calls we cannot place', () => {
  test('CALL_RECEIVED to an unrouted number gets a polite goodbye and is stored UNROUTED', async ({ request }) => {
    const number = uniqueNumber();
    const line = caller(request, { destination: number });
    expect(await line.dial()).toStrictEqual(apology);

    const call = await getCall(request, line.sessionId);
    expect(call.session).toMatchObject({
      status: 'UNROUTED',
      direction: 'INBOUND',
      dialed: number,
      flowId: null,
      flowVersionId: null,
      currentNodeId: null,
    });
    expect(call.events).toHaveLength(1);
    expect(call.events[0]).toMatchObject({ kind: 'VCA', callStatus: 'CALL_RECEIVED', reply: apology });
  });

  test('CALL_RECEIVED to a number whose flow was never published gets the goodbye', async ({ request }) => {
    const created = await request.post('/api/flows', { data: { name: `unpublished ${randomUUID().slice(0, 8)}`, template: 'restaurant' } });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const number = uniqueNumber();
    expect((await request.post('/api/numbers', { data: { number, flowId: id } })).status()).toBe(201);

    const line = caller(request, { destination: number });
    expect(await line.dial()).toStrictEqual(apology);
    expect((await getCall(request, line.sessionId)).session.status).toBe('UNROUTED');
  });

  test('ACTION_COMPLETED for a session we never saw gets the apology, and creates no session', async ({ request }) => {
    const body = vcaBody({ sessionId: randomUUID(), dtmf: '1' });
    expect(await postVca(request, body)).toStrictEqual(apology);
    expect((await request.get(`/api/calls/${body.payload.sessionId}`)).status()).toBe(404);
  });

  test('a clientActionId naming another flow version or step is not obeyed: the call is answered from where it waits', async ({ request }) => {
    const ours = await publishedTemplate(request, 'restaurant');
    const other = await publishedTemplate(request, 'restaurant');
    const line = caller(request, { destination: ours.number });
    const welcome = await line.dial();
    expect(welcome.clientActionId).toBe(`${ours.version.id}:welcome:0`);
    // What pressing 1 at the welcome menu answers, on a call that does it right.
    const honest = caller(request, { destination: ours.number });
    await honest.dial();
    const reservations = await honest.press('1');
    expect(reservations.clientActionId).toBe(`${ours.version.id}:reservations:1`);

    // Each stale or foreign clientActionId is answered from the step the call waits at, and
    // moves it from there: welcome →1→ reservations →3→ main menu →1→ reservations →3→ main
    // menu →1→ reservations. A step number ahead of the call's counts only in the call's own
    // version (another server answered it); behind, or unnumbered, it is late.
    const steps: Array<[clientActionId: string, dtmf: string, expected: string]> = [
      [`${other.version.id}:welcome:0`, '1', 'reservations'],
      [`${other.version.id}:reservations:9`, '3', 'main_menu'],
      ['reservations', '1', 'reservations'],
      [`${ours.version.id}:no_such_node`, '3', 'main_menu'],
      [`${ours.version.id}:reservations:1`, '1', 'reservations'],
    ];
    for (const [i, [clientActionId, dtmf, expected]] of steps.entries()) {
      const reply = await postVca(request, vcaBody({ sessionId: line.sessionId, dtmf, clientActionId, destination: ours.number }));
      expect(reply.clientActionId, clientActionId).toBe(`${ours.version.id}:${expected}:${i + 1}`);
      expect((await getCall(request, line.sessionId)).session.currentNodeId).toBe(expected);
      if (expected === 'reservations') expect(reply.callflow).toEqual(reservations.callflow);
    }
  });
});

async function republishWithNewPrompts(request: APIRequestContext, flowId: string) {
  const current = await request.get(`/api/flows/${flowId}`);
  expect(current.status()).toBe(200);
  const { draft, draftRevision } = (await current.json()) as { draft: Draft; draftRevision: number };
  for (const node of draft.nodes) {
    if (node.id === 'welcome') node.data.promptMessage = 'Welcome to ABC Bistro, version two. Press 1 for reservations.';
    if (node.id === 'reservations') node.data.promptMessage = 'Reservations, version two. Press 1 to book.';
  }
  const saved = await request.put(`/api/flows/${flowId}`, { data: { document: draft, draftRevision } });
  expect(saved.status(), await saved.text()).toBe(200);
  expect(((await saved.json()) as { draftRevision: number }).draftRevision).toBe(draftRevision + 1);
  return publish(request, flowId);
}

const promptOf = (reply: { callflow: Array<{ action: string; params?: Record<string, unknown> }> }) => reply.callflow[0]?.params?.promptMessage;

test.describe('republishing during a call', () => {
  test('a call in progress keeps its version; the next call gets the new one', async ({ request }) => {
    const { flowId, number, version: v1 } = await publishedTemplate(request, 'restaurant');
    expect(v1.version).toBe(1);
    const ongoing = caller(request, { destination: number });
    const welcome = await ongoing.dial();
    expect(promptOf(welcome)).toBe(
      'Welcome to ABC Restaurant, to book a table press 1, to speak to a representative press 2, to hear our restaurant hours press 3.',
    );

    const v2 = await republishWithNewPrompts(request, flowId);
    expect(v2.version).toBe(2);
    expect(v2.id).not.toBe(v1.id);

    // The v1 call carries on with v1's prompts.
    const reservations = await ongoing.press('1');
    expect(reservations.clientActionId).toBe(`${v1.id}:reservations:1`);
    expect(promptOf(reservations)).toBe(
      'Press 1 to make a new reservation, press 2 to reschedule an existing reservation, press 3 to return to main menu.',
    );
    const old = await getCall(request, ongoing.sessionId);
    expect(old.session).toMatchObject({ flowVersionId: v1.id, currentNodeId: 'reservations', flowVersion: { version: 1 } });

    // A new call runs v2, through its own clientActionIds.
    const fresh = caller(request, { destination: number });
    const newWelcome = await fresh.dial();
    expect(newWelcome.clientActionId).toBe(`${v2.id}:welcome:0`);
    expect(promptOf(newWelcome)).toBe('Welcome to ABC Bistro, version two. Press 1 for reservations.');
    const newReservations = await fresh.press('1');
    expect(promptOf(newReservations)).toBe('Reservations, version two. Press 1 to book.');
    expect((await getCall(request, fresh.sessionId)).session).toMatchObject({ flowVersionId: v2.id, flowVersion: { version: 2 } });
  });
});
