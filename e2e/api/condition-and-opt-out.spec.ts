import { expect, test, type APIRequestContext } from '@playwright/test';
import type { CallflowAction } from '@/lib/eightbyeight/callflow';
import { createFlow, getCall, publish, routeNumber, uniqueNumber } from '../support/api';
import { scriptedCall, spoken } from '../support/sandbox';

// Whole calls through the sandbox: a Condition branches on the digits (one rule switching the
// caller's voice to Spanish for the rest of the call), and an Opt out puts the caller on the
// do-not-call list ("press 9 to stop these calls").

const document = {
  schemaVersion: 1,
  nodes: [
    { id: 'start', kind: 'start', position: { x: 0, y: 0 }, data: {} },
    {
      id: 'pick',
      kind: 'menu',
      position: { x: 1, y: 0 },
      data: { promptMessage: 'Press 1 for English, 2 for Spanish, 9 to stop these calls.', voiceProfile: '', maxDigits: 1, options: [{ digits: '1' }, { digits: '2' }, { digits: '9' }] },
    },
    {
      id: 'route',
      kind: 'condition',
      position: { x: 2, y: 0 },
      data: {
        subject: '{{digits}}',
        rules: [
          { id: 'stop', operator: 'equals', value: '9' },
          { id: 'spanish', operator: 'equals', value: '2', voiceProfile: 'es-ES-Laura' },
          { id: 'english', operator: 'oneOf', value: '1, 3' },
        ],
      },
    },
    { id: 'optout', kind: 'optOut', position: { x: 3, y: 0 }, data: { number: '{{caller}}' } },
    { id: 'stopped', kind: 'say', position: { x: 4, y: 0 }, data: { text: 'You will not be called again.', voiceProfile: '' } },
    { id: 'hello', kind: 'say', position: { x: 4, y: 1 }, data: { text: 'Hello.', voiceProfile: '' } },
    { id: 'end', kind: 'hangup', position: { x: 5, y: 0 }, data: {} },
  ],
  edges: [
    { id: 'a', source: 'start', sourceHandle: 'next', target: 'pick' },
    { id: 'b1', source: 'pick', sourceHandle: '1', target: 'route' },
    { id: 'b2', source: 'pick', sourceHandle: '2', target: 'route' },
    { id: 'b9', source: 'pick', sourceHandle: '9', target: 'route' },
    { id: 'c', source: 'route', sourceHandle: 'stop', target: 'optout' },
    { id: 'd', source: 'optout', sourceHandle: 'next', target: 'stopped' },
    { id: 'e', source: 'stopped', sourceHandle: 'next', target: 'end' },
    { id: 'f', source: 'route', sourceHandle: 'spanish', target: 'hello' },
    { id: 'g', source: 'route', sourceHandle: 'english', target: 'hello' },
    { id: 'h', source: 'hello', sourceHandle: 'next', target: 'end' },
  ],
};

type Entry = { number: string; source: string; sessionId: string | null };

let number: string;
test.beforeAll(async ({ request }) => {
  const flowId = await createFlow(request, { document });
  await publish(request, flowId);
  number = await routeNumber(request, flowId);
});

/** The say actions of every reply the product sent in the call, in order. */
const says = (transcript: Array<{ kind: string; reply?: unknown }>) =>
  transcript
    .filter((e) => e.kind === 'reply')
    .flatMap((e) => (e.reply as { callflow: CallflowAction[] }).callflow)
    .flatMap((a) => (a.action === 'say' ? [a.params] : []));

async function listed(request: APIRequestContext, phone: string): Promise<Entry[]> {
  const response = await request.get(`/api/do-not-call?q=${encodeURIComponent(phone)}`);
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { entries: Entry[] }).entries;
}

test('Condition: 2 takes the Spanish rule and the rest of the call speaks Spanish', async ({ request }) => {
  const result = await scriptedCall(request, { to: number, from: uniqueNumber(), digits: ['2'] });
  expect(result.outcome).toBe('COMPLETED');
  expect(says(result.transcript)).toEqual([{ text: 'Hello.', voiceProfile: 'es-ES-Laura' }]);
  const stored = await getCall(request, result.sessionId);
  expect(stored.session.vars).toEqual({ _voice: 'es-ES-Laura' });
});

test('Condition: 1 takes the English rule in the flow’s voice; nobody is listed', async ({ request }) => {
  const from = uniqueNumber();
  const result = await scriptedCall(request, { to: number, from, digits: ['1'] });
  expect(result.outcome).toBe('COMPLETED');
  expect(spoken(result.transcript)).toEqual(['Press 1 for English, 2 for Spanish, 9 to stop these calls.', 'Hello.']);
  expect(says(result.transcript)).toEqual([{ text: 'Hello.', voiceProfile: 'en-US-BenjaminRUS' }]);
  expect(await listed(request, from)).toEqual([]);
});

test('Opt out: 9 puts the caller on the do-not-call list, with the call', async ({ request }) => {
  const from = uniqueNumber();
  expect(await listed(request, from)).toEqual([]);
  const result = await scriptedCall(request, { to: number, from, digits: ['9'] });
  expect(result.outcome).toBe('COMPLETED');
  expect(spoken(result.transcript).at(-1)).toBe('You will not be called again.');
  expect(await listed(request, from)).toEqual([expect.objectContaining({ number: from, source: 'opt_out', sessionId: result.sessionId })]);

  // A second opt-out keeps the first entry.
  const again = await scriptedCall(request, { to: number, from, digits: ['9'] });
  expect(again.outcome).toBe('COMPLETED');
  expect(await listed(request, from)).toEqual([expect.objectContaining({ number: from, sessionId: result.sessionId })]);
});
