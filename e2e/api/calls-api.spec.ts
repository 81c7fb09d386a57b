import { randomUUID } from 'node:crypto';
import { expect, test, type APIRequestContext } from '@playwright/test';
import type { VcaReply } from '@/lib/eightbyeight/callflow';
import { authHeader, caller, createFlow, expectValidCallflow, getCall, publishedTemplate, routeNumber, uniqueNumber } from '../support/api';

// Outbound callbacks (POST /api/calls, answered by the sandbox standing in for 8x8)
// and the call history (GET /api/calls, /api/calls/{sessionId}) over HTTP.

/** The sandbox subaccount's own numbers: the only caller ids it accepts. */
const sandboxNumbers = ['+6568332048', '+6561115777'] as const;

type Launched = { sessionId: string; status: string; mode: string; callflow: VcaReply['callflow'] };
type CallRow = {
  id: string;
  direction: string;
  caller: string | null;
  dialed: string | null;
  status: string;
  finalStatus: string | null;
  flowId: string | null;
  startedAt: string;
  flowVersion: { version: number } | null;
};
type CallPage = { calls: CallRow[]; total: number; page: number; pageSize: number };

async function launch(request: APIRequestContext, body: Record<string, unknown>): Promise<Launched> {
  const response = await request.post('/api/calls', { data: body });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as Launched;
}

async function listCalls(request: APIRequestContext, query: Record<string, string | number>): Promise<CallPage> {
  const response = await request.get('/api/calls', { params: query });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as CallPage;
}

/** A session summary from 8x8 for a session, as it arrives after the call ends. */
async function endSession(
  request: APIRequestContext,
  o: { sessionId: string; status: string; caller: string; dialed: string; direction?: 'INBOUND' | 'OUTBOUND'; startTime?: string },
) {
  const start = o.startTime ?? new Date().toISOString();
  const end = new Date(new Date(start).getTime() + 20_000).toISOString();
  const inbound = (o.direction ?? 'OUTBOUND') === 'INBOUND';
  const response = await request.post('/api/webhooks/8x8/vss', {
    headers: authHeader,
    data: {
      namespace: 'VOICE',
      eventType: 'SESSION_SUMMARY',
      description: 'Summary of a completed call session',
      version: 5,
      payload: {
        sessionId: o.sessionId,
        subAccountId: 'sandbox',
        sessionStatus: o.status,
        startTime: start,
        endTime: end,
        lastAction: 'HANGUP',
        callCount: 1,
        details: {
          callA: {
            callId: `call-${o.sessionId}`,
            callDirection: o.direction ?? 'OUTBOUND',
            callType: 'PSTN',
            initiatedTimestamp: start,
            disconnectedTimestamp: end,
            source: inbound ? o.caller : o.dialed,
            destination: inbound ? o.dialed : o.caller,
            sourceFormat: 'MSISDN',
            destinationFormat: 'MSISDN',
            callStatus: o.status,
            callDuration: 20,
          },
        },
      },
    },
  });
  expect(response.status(), await response.text()).toBe(200);
}

const errorOf = async (response: { json(): Promise<unknown> }) => (await response.json()) as { error: string; statusCode?: number };

test.describe('POST /api/calls', () => {
  for (const [template, firstMenu] of [
    ['simple-ivr', 'main_menu'],
    ['restaurant', 'welcome'],
  ] as const) {
    test(`launches a ${template} callback through the sandbox (201) and stores the session`, async ({ request }) => {
      const { flowId, version } = await publishedTemplate(request, template);
      const destination = uniqueNumber();
      // The sandbox plays created calls; a slowed-down party keeps this one quiet while
      // the test reads the state the launch itself stored.
      await request.post('/sandbox/api/parties', { data: { number: destination, mode: 'scripted', speed: 100 } });
      const launched = await launch(request, { flowId, destination, source: sandboxNumbers[1] });

      expect(launched).toMatchObject({ sessionId: expect.any(String), status: 'CREATED', mode: 'sandbox' });
      expect(launched.callflow[0]).toEqual({ action: 'makeCall', params: { source: sandboxNumbers[1], destination } });
      expect(launched.callflow[1]?.action).toBe('sayAndCapture');
      expectValidCallflow({ callflow: launched.callflow });

      const { session, events } = await getCall(request, launched.sessionId);
      expect(session).toMatchObject({
        id: launched.sessionId,
        flowId,
        direction: 'OUTBOUND',
        caller: destination,
        dialed: sandboxNumbers[1],
        status: 'CREATED',
        currentNodeId: firstMenu,
        finalStatus: null,
        flowVersion: { version: version.version, flowId },
      });
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        kind: 'SEND_CALLFLOW',
        callStatus: 'CREATED',
        sessionId: launched.sessionId,
        httpStatus: 200,
        request: { callflow: launched.callflow, clientRequestId: expect.any(String) },
        reply: { created: true, sessionId: launched.sessionId, statusCode: 1, statusMessage: 'Created' },
      });
      expect(session.clientRequestId).toBe((events[0]!.request as { clientRequestId: string }).clientRequestId);
    });
  }

  test('normalizes the destination and source to +E.164', async ({ request }) => {
    const { flowId } = await publishedTemplate(request, 'simple-ivr');
    const destination = uniqueNumber();
    const launched = await launch(request, { flowId, destination: destination.slice(1), source: sandboxNumbers[0].slice(1) });
    expect(launched.callflow[0]).toEqual({ action: 'makeCall', params: { source: sandboxNumbers[0], destination } });
    expect((await getCall(request, launched.sessionId)).session.caller).toBe(destination);
  });

  test('defaults the source to a number routed to the flow', async ({ request }) => {
    // The seed routes each sandbox number to a published flow; borrow one of those
    // flows rather than re-route the number (other suites dial it).
    const { numbers } = (await (await request.get('/api/numbers')).json()) as { numbers: Array<{ number: string; flow: { id: string } }> };
    const routed = numbers.find((n) => (sandboxNumbers as readonly string[]).includes(n.number));
    expect(routed, 'the seed routes a sandbox number to a flow').toBeDefined();
    const flow = (await (await request.get(`/api/flows/${routed!.flow.id}`)).json()) as { numbers: Array<{ number: string }> };
    const expectedSource = flow.numbers.map((n) => n.number).sort()[0];

    const destination = uniqueNumber();
    const launched = await launch(request, { flowId: routed!.flow.id, destination });
    expect(launched.callflow[0]).toEqual({ action: 'makeCall', params: { source: expectedSource, destination } });
    expect((await getCall(request, launched.sessionId)).session.dialed).toBe(expectedSource);
  });

  test('a routed number the sandbox does not own is refused by 8x8’s rule -1014 (422)', async ({ request }) => {
    const { flowId, number } = await publishedTemplate(request, 'simple-ivr');
    const destination = uniqueNumber();
    // No source given: the flow's routed number is used, and 8x8 refuses it as caller id.
    const response = await request.post('/api/calls', { data: { flowId, destination } });
    expect(response.status()).toBe(422);
    const body = (await response.json()) as { error: string; statusCode: number; statusMessage: string; meaning: string };
    expect(body.statusCode).toBe(-1014);
    expect(body.error).toContain('-1014');
    expect(body.error).toMatch(/source \/ caller ID not allowed/i);
    expect(body.meaning).toBe('source / caller ID not allowed');
    // History shows the refused attempt, and no live call.
    expect((await listCalls(request, { flowId, status: 'live' })).total).toBe(0);
    expect((await listCalls(request, { flowId, status: 'NOT_CREATED' })).total).toBe(1);
    expect(number).not.toBe(destination);
  });

  test('a refused launch is kept in history with 8x8’s reason and the request and answer', async ({ request }) => {
    const { flowId } = await publishedTemplate(request, 'simple-ivr');
    const destination = uniqueNumber();
    const source = uniqueNumber();
    const response = await request.post('/api/calls', { data: { flowId, destination, source } });
    expect(response.status()).toBe(422);
    const refusal = (await response.json()) as { statusCode: number; attemptId: string };
    expect(refusal.statusCode).toBe(-1014);

    const { session, events } = await getCall(request, refusal.attemptId);
    expect(session).toMatchObject({
      direction: 'OUTBOUND',
      caller: destination,
      dialed: source,
      finalStatus: 'NOT_CREATED',
      errorCode: -1014,
      errorMeaning: 'source / caller ID not allowed',
    });
    expect(events).toEqual([
      expect.objectContaining({
        kind: 'SEND_CALLFLOW',
        callStatus: 'NOT_CREATED',
        httpStatus: 400,
        request: expect.objectContaining({ callflow: expect.arrayContaining([{ action: 'makeCall', params: { source, destination } }]) }),
        reply: expect.objectContaining({ created: false, statusCode: -1014, statusMessage: 'Source / caller ID not allowed' }),
      }),
    ]);
  });

  test('with no number routed and no source given, answers 422', async ({ request }) => {
    const flowId = await createFlow(request, { template: 'simple-ivr' });
    expect((await request.post(`/api/flows/${flowId}/publish`)).status()).toBe(201);
    const response = await request.post('/api/calls', { data: { flowId, destination: uniqueNumber() } });
    expect(response.status()).toBe(422);
    expect((await errorOf(response)).error).toMatch(/source/i);
  });

  test('refuses an unpublished flow with 409', async ({ request }) => {
    const flowId = await createFlow(request, { template: 'simple-ivr' });
    await routeNumber(request, flowId);
    const response = await request.post('/api/calls', { data: { flowId, destination: uniqueNumber(), source: sandboxNumbers[0] } });
    expect(response.status()).toBe(409);
    expect((await errorOf(response)).error).toMatch(/[Pp]ublish/);
    expect((await listCalls(request, { flowId })).total).toBe(0);
  });

  test('refuses an unknown flow with 404', async ({ request }) => {
    const flowId = randomUUID();
    const response = await request.post('/api/calls', { data: { flowId, destination: uniqueNumber(), source: sandboxNumbers[0] } });
    expect(response.status()).toBe(404);
    expect((await errorOf(response)).error).toContain(flowId);
  });

  for (const destination of ['not a number', '+0612345678', '123']) {
    test(`refuses the destination "${destination}" with 422`, async ({ request }) => {
      const { flowId } = await publishedTemplate(request, 'simple-ivr');
      const response = await request.post('/api/calls', { data: { flowId, destination, source: sandboxNumbers[0] } });
      expect(response.status()).toBe(422);
      expect((await errorOf(response)).error).toMatch(/^destination: .*E\.164/);
      expect((await listCalls(request, { flowId })).total).toBe(0);
    });
  }

  test('refuses a missing destination and a malformed body', async ({ request }) => {
    const { flowId } = await publishedTemplate(request, 'simple-ivr');
    const missing = await request.post('/api/calls', { data: { flowId } });
    expect(missing.status()).toBe(422);
    expect((await errorOf(missing)).error).toMatch(/destination/);
    const malformed = await request.post('/api/calls', { headers: { 'Content-Type': 'application/json' }, data: Buffer.from('{flowId') });
    expect(malformed.status()).toBe(400);
    expect((await errorOf(malformed)).error).toMatch(/not valid JSON/);
  });
});

test.describe('GET /api/calls', () => {
  /** One flow with two outbound calls (one ended COMPLETED, one live) and one inbound live call. */
  async function callsOnOneFlow(request: APIRequestContext) {
    const { flowId, number } = await publishedTemplate(request, 'simple-ivr');
    const completedTo = uniqueNumber();
    const completed = await launch(request, { flowId, destination: completedTo, source: sandboxNumbers[0] });
    await endSession(request, { sessionId: completed.sessionId, status: 'COMPLETED', caller: completedTo, dialed: sandboxNumbers[0] });
    const liveTo = uniqueNumber();
    const live = await launch(request, { flowId, destination: liveTo, source: sandboxNumbers[1] });
    const inboundFrom = uniqueNumber();
    const inbound = caller(request, { source: inboundFrom, destination: number });
    await inbound.dial();
    return { flowId, number, completed: completed.sessionId, live: live.sessionId, inbound: inbound.sessionId, liveTo, inboundFrom };
  }

  const ids = (page: CallPage) => page.calls.map((c) => c.id).sort();

  test('filters by flow, direction and status (a final status, or live)', async ({ request }) => {
    const c = await callsOnOneFlow(request);

    const all = await listCalls(request, { flowId: c.flowId });
    expect(all.total).toBe(3);
    expect(ids(all)).toEqual([c.completed, c.live, c.inbound].sort());
    expect(all.calls.every((call) => call.flowId === c.flowId)).toBe(true);

    expect(ids(await listCalls(request, { flowId: c.flowId, direction: 'OUTBOUND' }))).toEqual([c.completed, c.live].sort());
    const inbound = await listCalls(request, { flowId: c.flowId, direction: 'INBOUND' });
    expect(inbound.calls).toEqual([expect.objectContaining({ id: c.inbound, caller: c.inboundFrom, dialed: c.number })]);

    const completed = await listCalls(request, { flowId: c.flowId, status: 'COMPLETED' });
    expect(completed.calls).toEqual([expect.objectContaining({ id: c.completed, finalStatus: 'COMPLETED' })]);
    expect(ids(await listCalls(request, { flowId: c.flowId, status: 'live' }))).toEqual([c.live, c.inbound].sort());
    expect((await listCalls(request, { flowId: c.flowId, status: 'BUSY' })).total).toBe(0);
    expect(ids(await listCalls(request, { flowId: c.flowId, status: 'live', direction: 'OUTBOUND' }))).toEqual([c.live]);
  });

  test('searches by part of the caller’s or the dialed number', async ({ request }) => {
    const c = await callsOnOneFlow(request);
    expect(ids(await listCalls(request, { number: c.liveTo.slice(3) }))).toEqual([c.live]);
    expect(ids(await listCalls(request, { number: c.inboundFrom }))).toEqual([c.inbound]);
    // The routed number is dialed by the inbound call only.
    expect(ids(await listCalls(request, { flowId: c.flowId, number: c.number.slice(1) }))).toEqual([c.inbound]);
  });

  test('filters by start time (from inclusive, to exclusive)', async ({ request }) => {
    // A summary for a session never seen before records it with 8x8's startTime,
    // which lets the test place calls in the past.
    const who = uniqueNumber();
    const march = randomUUID();
    const april = randomUUID();
    await endSession(request, { sessionId: march, status: 'BUSY', caller: who, dialed: sandboxNumbers[0], startTime: '2021-03-10T10:00:00.000Z' });
    await endSession(request, { sessionId: april, status: 'NO_ANSWER', caller: who, dialed: sandboxNumbers[0], startTime: '2021-04-01T00:00:00.000Z' });

    expect(ids(await listCalls(request, { number: who }))).toEqual([march, april].sort());
    expect(ids(await listCalls(request, { number: who, from: '2021-03-01', to: '2021-04-01' }))).toEqual([march]);
    expect(ids(await listCalls(request, { number: who, from: '2021-04-01' }))).toEqual([april]);
    expect(ids(await listCalls(request, { number: who, to: '2021-03-10T10:00:00Z' }))).toEqual([]);
    expect(ids(await listCalls(request, { number: who, from: '2022-01-01' }))).toEqual([]);
    expect((await listCalls(request, { number: who, status: 'NO_ANSWER' })).calls).toEqual([
      expect.objectContaining({ id: april, finalStatus: 'NO_ANSWER', direction: 'OUTBOUND', caller: who }),
    ]);
  });

  test('pages through results, newest first, with totals', async ({ request }) => {
    const c = await callsOnOneFlow(request);
    const first = await listCalls(request, { flowId: c.flowId, page: 1, pageSize: 2 });
    const second = await listCalls(request, { flowId: c.flowId, page: 2, pageSize: 2 });
    const beyond = await listCalls(request, { flowId: c.flowId, page: 3, pageSize: 2 });
    expect(first).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(first.calls).toHaveLength(2);
    expect(second).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(second.calls).toHaveLength(1);
    expect(beyond).toMatchObject({ total: 3, calls: [] });
    expect([...first.calls, ...second.calls].map((call) => call.id).sort()).toEqual([c.completed, c.live, c.inbound].sort());
    const started = [...first.calls, ...second.calls].map((call) => Date.parse(call.startedAt));
    expect(started).toEqual([...started].sort((a, b) => b - a));
  });

  for (const [query, message] of [
    [{ direction: 'SIDEWAYS' }, /direction must be INBOUND or OUTBOUND/],
    [{ from: 'last tuesday' }, /from must be a date/],
    [{ to: 'soon' }, /to must be a date/],
    [{ page: '0' }, /page/],
    [{ page: 'two' }, /page/],
    [{ pageSize: '500' }, /pageSize is at most 200/],
    [{ status: 'finished' }, /status must be one of: live, COMPLETED, BUSY/],
  ] as const) {
    test(`refuses ${JSON.stringify(query)} with 422 and a message`, async ({ request }) => {
      const response = await request.get('/api/calls', { params: query });
      expect(response.status()).toBe(422);
      expect((await errorOf(response)).error).toMatch(message);
    });
  }
});

test('the status filter ignores case', async ({ request }) => {
  const response = await request.get('/api/calls', { params: { status: 'completed', pageSize: 1 } });
  expect(response.status()).toBe(200);
});

test.describe('GET /api/calls/{sessionId}', () => {
  test('answers 404 for an unknown session', async ({ request }) => {
    const sessionId = randomUUID();
    const response = await request.get(`/api/calls/${sessionId}`);
    expect(response.status()).toBe(404);
    expect((await errorOf(response)).error).toContain(sessionId);
  });
});

test.describe('POST /api/calls with vars', () => {
  // A callback that greets the person by the name their CSV row gave.
  const voice = { voiceProfile: 'en-US-BenjaminRUS' };
  const greeting = {
    schemaVersion: 1,
    nodes: [
      { id: 'start', kind: 'start', position: { x: 0, y: 0 }, data: {} },
      { id: 'hello', kind: 'menu', position: { x: 1, y: 0 }, data: { promptMessage: 'Hello {{vars.name}}, press 1 about order {{vars.order}}.', ...voice, maxDigits: 1, options: [{ digits: '1' }] } },
      { id: 'bye', kind: 'say', position: { x: 2, y: 0 }, data: { text: 'Thanks {{vars.name}}.', ...voice } },
      { id: 'end', kind: 'hangup', position: { x: 3, y: 0 }, data: {} },
    ],
    edges: [
      { id: 'a', source: 'start', sourceHandle: 'next', target: 'hello' },
      { id: 'b', source: 'hello', sourceHandle: '1', target: 'bye' },
      { id: 'c', source: 'bye', sourceHandle: 'next', target: 'end' },
    ],
  };

  async function greetingFlow(request: APIRequestContext) {
    const flowId = await createFlow(request, { document: greeting });
    expect((await request.post(`/api/flows/${flowId}/publish`)).status()).toBe(201);
    return flowId;
  }

  test('the vars fill the first prompt, stay on the session and reach later replies', async ({ request }) => {
    const flowId = await greetingFlow(request);
    const destination = uniqueNumber();
    const vars = { name: 'Ann Lee', order: 'A-17' };
    const launched = await launch(request, { flowId, destination, source: sandboxNumbers[0], vars });
    expect(launched.callflow[1]).toEqual({ action: 'sayAndCapture', params: { promptMessage: 'Hello Ann Lee, press 1 about order A-17.', ...voice, maxDigits: 1 } });
    expectValidCallflow({ callflow: launched.callflow });
    expect((await getCall(request, launched.sessionId)).session.vars).toEqual(vars);

    const line = caller(request, { sessionId: launched.sessionId, source: sandboxNumbers[0], destination });
    expect((await line.press('1', { direction: 'OUTBOUND' })).callflow).toEqual([{ action: 'say', params: { text: 'Thanks Ann Lee.', ...voice } }, { action: 'hangup' }]);
  });

  test('without vars the placeholders are empty, as for any unset variable', async ({ request }) => {
    const flowId = await greetingFlow(request);
    const launched = await launch(request, { flowId, destination: uniqueNumber(), source: sandboxNumbers[0] });
    expect(launched.callflow[1]).toMatchObject({ params: { promptMessage: 'Hello , press 1 about order .' } });
    expect((await getCall(request, launched.sessionId)).session.vars).toEqual({});
  });

  test('a refused launch keeps its vars on the attempt', async ({ request }) => {
    const flowId = await greetingFlow(request);
    const response = await request.post('/api/calls', { data: { flowId, destination: uniqueNumber(), source: uniqueNumber(), vars: { name: 'Bo' } } });
    expect(response.status()).toBe(422);
    const refusal = (await response.json()) as { statusCode: number; attemptId: string };
    expect(refusal.statusCode).toBe(-1014);
    expect((await getCall(request, refusal.attemptId)).session.vars).toEqual({ name: 'Bo' });
  });

  for (const [vars, message] of [
    [{ '1st': 'x' }, /^vars\.1st: a variable name is letters, digits and _/],
    [{ 'first name': 'x' }, /^vars\.first name: a variable name/],
    [{ ['a'.repeat(33)]: 'x' }, /at most 32 characters/],
    [JSON.parse('{"__proto__":"x"}') as Record<string, string>, /^vars\.__proto__: "__proto__" cannot be a variable name/],
    [{ note: 'x'.repeat(501) }, /^vars\.note: a value is at most 500 characters/],
    [{ count: 3 }, /^vars\.count: expected string, received number/],
    [['Ann'], /^vars: expected record/],
    [Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`v${i}`, 'x'])), /^vars: at most 50 variables/],
  ] as const) {
    test(`refuses vars ${JSON.stringify(vars).slice(0, 40)} with 422 and stores nothing`, async ({ request }) => {
      const flowId = await greetingFlow(request);
      const response = await request.post('/api/calls', { data: { flowId, destination: uniqueNumber(), source: sandboxNumbers[0], vars } });
      expect(response.status()).toBe(422);
      expect((await errorOf(response)).error).toMatch(message);
      expect((await listCalls(request, { flowId })).total).toBe(0);
    });
  }

  test('accepts a value of exactly 500 characters and a 32-character name', async ({ request }) => {
    const flowId = await greetingFlow(request);
    const vars = { ['n'.repeat(32)]: 'x'.repeat(500) };
    const launched = await launch(request, { flowId, destination: uniqueNumber(), source: sandboxNumbers[1], vars });
    expect((await getCall(request, launched.sessionId)).session.vars).toEqual(vars);
  });
});
