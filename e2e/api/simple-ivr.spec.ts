import { expect, test, type APIRequestContext } from '@playwright/test';
import type { CallflowAction } from '@/lib/eightbyeight/callflow';
import { simpleIvrAgentNumber } from '@/lib/flow/templates/simple-ivr';
import { simpleIvrGuide } from '@/lib/testing/guide-callflows';
import { hasShared, readShared, sharedMissing } from '@/lib/testing/shared';
import { caller, createFlow, getCall, publish, vcaBody } from '../support/api';

// 8x8's Simple IVR guide, digit by digit: an outbound callback placed with Send
// Callflow (here the sandbox stands in for 8x8), then 8x8's VCA callbacks.

const virtualNumber = '+6561115777';
const customer = '+6512345678';

// The guide's replies, written out as the guide (and its sample backend) gives them.
const hangUp = { callflow: simpleIvrGuide.hangUp };
const connectAgent = simpleIvrGuide.connectAgent(virtualNumber, simpleIvrAgentNumber);
const sorry = simpleIvrGuide.sorryMenu;

type Launched = { sessionId: string; status: string; mode: string; callflow: CallflowAction[] };

/** A fresh simple-ivr flow, published, and a callback to the customer with it. */
async function launchCallback(request: APIRequestContext) {
  const flowId = await createFlow(request, { template: 'simple-ivr' });
  const version = await publish(request, flowId);
  const response = await request.post('/api/calls', { data: { flowId, destination: customer, source: virtualNumber } });
  expect(response.status(), await response.text()).toBe(201);
  const launched = (await response.json()) as Launched;
  // On an outbound call 8x8's callbacks come from our number to the customer.
  const line = caller(request, { sessionId: launched.sessionId, source: virtualNumber, destination: customer });
  const press = (dtmf: string | null) => line.press(dtmf, { direction: 'OUTBOUND' });
  return { flowId, version, launched, line, press };
}

test.describe('Simple IVR (8x8 guide) over HTTP', () => {
  test('Send Callflow carries the guide\'s sayAndCapture after a makeCall from our number', async ({ request }) => {
    test.skip(!hasShared, sharedMissing);
    const guide = readShared<{ callflow: CallflowAction[] }>('fixtures/callflows-request-simple-ivr.json');
    const guideCapture = guide.callflow.find((a) => a.action === 'sayAndCapture');
    expect(guideCapture).toBeDefined();

    const { launched, version, flowId } = await launchCallback(request);
    expect(launched).toMatchObject({ status: 'CREATED', mode: 'sandbox' });
    expect(launched.sessionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(launched.callflow).toHaveLength(2);
    expect(launched.callflow[0]).toStrictEqual({ action: 'makeCall', params: { source: virtualNumber, destination: customer } });
    expect(launched.callflow[1]).toStrictEqual(guideCapture);

    const call = await getCall(request, launched.sessionId);
    expect(call.session).toMatchObject({
      flowId,
      flowVersionId: version.id,
      direction: 'OUTBOUND',
      caller: customer,
      dialed: virtualNumber,
      status: 'CREATED',
      currentNodeId: 'main_menu',
    });
    expect(call.events).toHaveLength(1);
    expect(call.events[0]).toMatchObject({ kind: 'SEND_CALLFLOW', callStatus: 'CREATED', request: { callflow: launched.callflow } });
  });

  test('the first callback carries no clientActionId: digit 1 hangs up', async ({ request }) => {
    const { launched, press } = await launchCallback(request);
    const first = vcaBody({ sessionId: launched.sessionId, dtmf: '1', direction: 'OUTBOUND', source: virtualNumber, destination: customer });
    expect(first.payload).not.toHaveProperty('clientActionId');

    expect(await press('1')).toStrictEqual(hangUp);

    const call = await getCall(request, launched.sessionId);
    const vca = call.events.filter((e) => e.kind === 'VCA');
    expect(vca).toHaveLength(1);
    expect(vca[0]).toMatchObject({ clientActionId: null, dtmf: '1', nodeId: 'main_menu', reply: hangUp });
    expect((vca[0]!.request as { payload: Record<string, unknown> }).payload).not.toHaveProperty('clientActionId');
    expect(call.session).toMatchObject({ status: 'ACTION_COMPLETED', currentNodeId: 'resolved', lastDigits: '1' });
  });

  test('digit 2 connects the agent from our virtual number', async ({ request }) => {
    const { launched, press, version } = await launchCallback(request);
    const reply = await press('2');
    expect(reply.callflow).toStrictEqual(connectAgent);
    expect(reply.clientActionId).toBe(`${version.id}:agent:1`);
    expect((await getCall(request, launched.sessionId)).session.currentNodeId).toBe('agent');

    // When the agent call ends, 8x8 calls back with the makeCall's clientActionId.
    expect(await press(null)).toStrictEqual(hangUp);
  });

  for (const [label, digits] of [
    ['another digit', '3'],
    ['no input', null],
  ] as const) {
    test(`${label} gets "Sorry, we did not understand…", and 1 from there hangs up`, async ({ request }) => {
      const { launched, press, line, version } = await launchCallback(request);
      const retry = await press(digits);
      expect(retry.callflow).toStrictEqual(sorry);
      expect(retry.clientActionId).toBe(`${version.id}:retry_menu:1`);
      expect((await getCall(request, launched.sessionId)).session).toMatchObject({ currentNodeId: 'retry_menu', lastDigits: digits });

      // This callback echoes the retry menu's clientActionId.
      expect(await press('1')).toStrictEqual(hangUp);
      const call = await getCall(request, launched.sessionId);
      expect(call.events.filter((e) => e.kind === 'VCA').map((e) => e.clientActionId)).toEqual([null, retry.clientActionId]);
      expect(call.session.currentNodeId).toBe('resolved');
      expect(line.lastReply).toStrictEqual(hangUp);
    });
  }

  test('the retry menu keeps offering the same choices: 2 connects, another miss repeats it', async ({ request }) => {
    const { press } = await launchCallback(request);
    expect((await press('9')).callflow).toStrictEqual(sorry);
    expect((await press('#')).callflow).toStrictEqual(sorry);
    expect((await press('2')).callflow).toStrictEqual(connectAgent);
  });
});
