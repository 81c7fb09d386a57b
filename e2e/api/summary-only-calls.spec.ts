import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { authHeader, getCall, publishedTemplate, uniqueNumber } from '../support/api';

// 8x8 can summarise a call whose earlier webhooks we never saw (an inbound call that
// was never answered): history must still file it under the dialed number's flow.
const summary = (sessionId: string, direction: 'INBOUND' | 'OUTBOUND', source: string, destination: string) => ({
  namespace: 'VOICE',
  eventType: 'SESSION_SUMMARY',
  version: 5,
  payload: {
    sessionId,
    subAccountId: 'sandbox',
    sessionStatus: 'NO_ANSWER',
    startTime: '2026-01-13T08:29:06Z',
    endTime: '2026-01-13T08:29:40Z',
    lastAction: 'MAKE_CALL',
    callCount: 1,
    details: {
      callA: { callId: randomUUID(), callDirection: direction, callType: 'PSTN', source, destination, callStatus: 'NO_ANSWER', callDuration: 0 },
    },
  },
});

test('a summary of an inbound call we never saw is filed under the dialed number’s flow', async ({ request }) => {
  const { flowId, number } = await publishedTemplate(request, 'restaurant');
  const sessionId = randomUUID();
  const response = await request.post('/api/webhooks/8x8/vss', { data: summary(sessionId, 'INBOUND', uniqueNumber(), number), headers: authHeader });
  expect(response.status()).toBe(200);
  expect((await getCall(request, sessionId)).session).toMatchObject({ flowId, direction: 'INBOUND', dialed: number, finalStatus: 'NO_ANSWER' });
});

test('a summary of a call to a number routed nowhere is kept without a flow', async ({ request }) => {
  const sessionId = randomUUID();
  await request.post('/api/webhooks/8x8/vss', { data: summary(sessionId, 'INBOUND', uniqueNumber(), uniqueNumber()), headers: authHeader });
  expect((await getCall(request, sessionId)).session).toMatchObject({ flowId: null, finalStatus: 'NO_ANSWER' });
});
