import { expect, test } from '@playwright/test';
import { getCall, publishedTemplate, uniqueNumber } from '../support/api';
import { sandboxNumbers, scriptedCall, testSpeed, vcaDigits, waitForEnd } from '../support/sandbox';

// Outbound callbacks launched through the product's POST /api/calls, answered (or not)
// by the party registered for the destination; outcomes as the product stores them.

let flowId: string;
test.beforeAll(async ({ request }) => {
  ({ flowId } = await publishedTemplate(request, 'simple-ivr'));
});
const source = sandboxNumbers[1];

test('a scripted callback through POST /api/calls: answered, 1, ended', async ({ request }) => {
  const result = await scriptedCall(request, { flowId, from: source, digits: ['1'] });
  expect(result.outcome).toBe('COMPLETED');
  expect(vcaDigits(result.transcript)).toEqual(['1']);
  const stored = await getCall(request, result.sessionId);
  expect(stored.session).toMatchObject({ direction: 'OUTBOUND', finalStatus: 'COMPLETED', caller: '+6590000001' });
  expect(stored.legs).toHaveLength(1);
  expect(stored.legs[0]).toMatchObject({ legKey: 'callA', direction: 'OUTBOUND', status: 'COMPLETED' });
  expect(stored.events.map((e) => e.kind)).toEqual(expect.arrayContaining(['SEND_CALLFLOW', 'VCS', 'VCA', 'VSS']));
});

test('a party registered with /sandbox/api/parties answers the next call to its number', async ({ request }) => {
  const destination = uniqueNumber();
  const party = await request.post('/sandbox/api/parties', { data: { number: destination, mode: 'scripted', digits: ['2'], speed: testSpeed } });
  expect(party.status(), await party.text()).toBe(201);
  const launched = await request.post('/api/calls', { data: { flowId, destination, source } });
  expect(launched.status(), await launched.text()).toBe(201);
  const { sessionId } = (await launched.json()) as { sessionId: string };
  const call = await waitForEnd(request, sessionId);
  expect(call).toMatchObject({ direction: 'outbound', from: source, to: destination, outcome: 'COMPLETED' });
  const stored = await getCall(request, sessionId);
  expect(stored.session.finalStatus).toBe('COMPLETED');
  expect(stored.legs.map((l) => l.legKey)).toEqual(['callA', 'callB']);
});

const meanings: Array<[string, string]> = [
  ['BUSY', 'busy'],
  ['NO_ANSWER', 'did not answer'],
  ['FAILED', 'could not be placed'],
];
for (const [outcome] of meanings) {
  test(`${outcome}: the customer never answers; the product stores ${outcome}`, async ({ request }) => {
    const result = await scriptedCall(request, { flowId, from: source, digits: ['1'], outcome });
    expect(result.outcome).toBe(outcome);
    expect(result.transcript.some((e) => e.kind === 'webhook' && e.webhookType === 'VCA')).toBe(false);
    const stored = await getCall(request, result.sessionId);
    expect(stored.session.finalStatus).toBe(outcome);
    expect(stored.legs[0]).toMatchObject({ status: outcome, connectedAt: null, mos: null });
  });
}

test('ERROR: text-to-speech fails on the first prompt; the product stores -2005 and its meaning', async ({ request }) => {
  const result = await scriptedCall(request, { flowId, from: source, digits: ['1'], outcome: 'ERROR' });
  expect(result.outcome).toBe('ERROR');
  const stored = await getCall(request, result.sessionId);
  expect(stored.session).toMatchObject({ finalStatus: 'ERROR', errorCode: -2005, errorMeaning: 'text-to-speech failed', lastAction: 'SAY_AND_CAPTURE' });
});

test('an inbound call that is never answered (NO_ANSWER) sends no VCA', async ({ request }) => {
  const { number } = await publishedTemplate(request, 'restaurant');
  const result = await scriptedCall(request, { to: number, digits: [], outcome: 'NO_ANSWER' });
  expect(result.outcome).toBe('NO_ANSWER');
  expect(result.transcript.filter((e) => e.kind === 'webhook').map((e) => e.webhookType)).toEqual(['VCS', 'VCS', 'VSS']);
  expect((await getCall(request, result.sessionId)).session.finalStatus).toBe('NO_ANSWER');
});

test('a callback the product refuses is answered with its reason', async ({ request }) => {
  const response = await request.post('/sandbox/api/scripted-calls', { data: { flowId: 'no-such-flow', digits: [] } });
  expect(response.status()).toBe(404);
  expect(((await response.json()) as { error: string }).error).toMatch(/no-such-flow/);
});
