import { expect, test } from '@playwright/test';
import { caller, createFlow, getCall, publish, routeNumber } from '../support/api';

// A value set before one menu is spoken after the next: variables live on the
// session between replies (the path that reads the session before answering).
const voice = { voiceProfile: 'en-US-BenjaminRUS' };
const document = {
  schemaVersion: 1,
  nodes: [
    { id: 'start', kind: 'start', position: { x: 0, y: 0 }, data: {} },
    { id: 'remember', kind: 'setVariable', position: { x: 1, y: 0 }, data: { name: 'team', value: 'sales' } },
    { id: 'pick', kind: 'menu', position: { x: 2, y: 0 }, data: { promptMessage: 'Press 1 or 2.', ...voice, maxDigits: 1, options: [{ digits: '1' }, { digits: '2' }] } },
    { id: 'choice', kind: 'setVariable', position: { x: 3, y: 0 }, data: { name: 'choice', value: '{{digits}}' } },
    { id: 'confirm', kind: 'menu', position: { x: 4, y: 0 }, data: { promptMessage: 'You chose {{vars.choice}} for {{vars.team}}. Press 1.', ...voice, maxDigits: 1, options: [{ digits: '1' }] } },
    { id: 'bye', kind: 'say', position: { x: 5, y: 0 }, data: { text: 'Thanks {{caller}}, {{vars.team}} will call you about {{vars.choice}}.', ...voice } },
    { id: 'end', kind: 'hangup', position: { x: 6, y: 0 }, data: {} },
  ],
  edges: [
    { id: 'a', source: 'start', sourceHandle: 'next', target: 'remember' },
    { id: 'b', source: 'remember', sourceHandle: 'next', target: 'pick' },
    { id: 'c', source: 'pick', sourceHandle: '2', target: 'choice' },
    { id: 'd', source: 'choice', sourceHandle: 'next', target: 'confirm' },
    { id: 'e', source: 'confirm', sourceHandle: '1', target: 'bye' },
    { id: 'f', source: 'bye', sourceHandle: 'next', target: 'end' },
  ],
};

test('variables set in one reply are used in later replies and kept on the session', async ({ request }) => {
  const flowId = await createFlow(request, { document });
  await publish(request, flowId);
  const number = await routeNumber(request, flowId);
  const call = caller(request, { destination: number, source: '+6591178965' });

  expect((await call.dial()).callflow).toEqual([{ action: 'sayAndCapture', params: { promptMessage: 'Press 1 or 2.', ...voice, maxDigits: 1 } }]);
  const confirm = await call.press('2');
  expect(confirm.clientActionId).toMatch(/:confirm:1$/);
  expect(confirm.callflow).toEqual([
    { action: 'sayAndCapture', params: { promptMessage: 'You chose 2 for sales. Press 1.', ...voice, maxDigits: 1 } },
  ]);
  expect((await getCall(request, call.sessionId)).session.vars).toEqual({ team: 'sales', choice: '2' });

  expect((await call.press('1')).callflow).toEqual([
    { action: 'say', params: { text: 'Thanks +6591178965, sales will call you about 2.', ...voice } },
    { action: 'hangup' },
  ]);
});
