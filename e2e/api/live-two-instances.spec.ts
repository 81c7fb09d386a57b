import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import type { LiveCall } from '@/lib/live/live-call';
import { authHeader, postVca, publishedTemplate, vcaBody } from '../support/api';
import { cookieHeader } from '../support/raw-http';
import { followEvents, startSecondServer, type SecondServer } from '../support/second-server';

// Changes travel through PostgreSQL (NOTIFY), not through process memory: a viewer on
// one server sees the calls another server answers.

test.skip(
  !process.env.DATABASE_URL,
  'Needs DATABASE_URL: two server processes must share one PostgreSQL database. Embedded PGlite is single-process by design (one process may open its folder).',
);
test.describe.configure({ timeout: 180_000 });

let second: SecondServer | undefined;
test.beforeAll(async () => {
  test.setTimeout(150_000);
  second = await startSecondServer();
});
test.afterAll(async () => {
  await second?.stop();
});

const changeOf = (sessionId: string, when: (call: LiveCall) => boolean) => (e: { event: string; data: string }) => {
  if (e.event !== 'change') return false;
  const call = JSON.parse(e.data) as LiveCall;
  return call.id === sessionId && when(call);
};

test(`webhooks answered by one server reach the other server's live stream${process.env.DATABASE_URL ? '' : ' (skipped: needs DATABASE_URL — embedded PGlite is one process by design)'}`, async ({ request }) => {
  if (!second) throw new Error('The second server did not start');
  const { number, flowId } = await publishedTemplate(request, 'simple-ivr');
  const stream = followEvents(`${second.baseUrl}/api/live/stream`, { Cookie: await cookieHeader(request) });
  try {
    await stream.next((e) => e.event === 'snapshot');

    const sessionId = randomUUID();
    await postVca(request, vcaBody({ sessionId, callStatus: 'CALL_RECEIVED', source: '+6591112222', destination: number }));
    const started = JSON.parse((await stream.next(changeOf(sessionId, (c) => c.endedAt === null))).data) as LiveCall;
    expect(started).toMatchObject({ id: sessionId, flowId, direction: 'INBOUND', caller: '+6591112222', dialed: number, status: 'CALL_RECEIVED', endedAt: null });
    expect(started.currentNodeId).not.toBeNull();

    const now = new Date();
    const summary = await request.post('/api/webhooks/8x8/vss', {
      headers: authHeader,
      data: {
        namespace: 'VOICE',
        eventType: 'SESSION_SUMMARY',
        description: 'Summary of a completed call session',
        version: 5,
        payload: {
          sessionId,
          sessionStatus: 'COMPLETED',
          startTime: new Date(now.getTime() - 5000).toISOString(),
          endTime: now.toISOString(),
          lastAction: 'HANGUP',
          callCount: 1,
          details: { callA: { callId: `call-${sessionId}`, callDirection: 'INBOUND', source: '+6591112222', destination: number, callStatus: 'COMPLETED', callDuration: 5 } },
        },
      },
    });
    expect(summary.status(), await summary.text()).toBe(200);
    const ended = JSON.parse((await stream.next(changeOf(sessionId, (c) => c.endedAt !== null))).data) as LiveCall;
    expect(ended).toMatchObject({ id: sessionId, status: 'ENDED', finalStatus: 'COMPLETED' });
  } finally {
    await stream.close();
  }
});
