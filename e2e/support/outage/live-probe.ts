import { randomUUID } from 'node:crypto';
import type { VcaReply } from '@/lib/eightbyeight/callflow';
import { summaryEvent, vcaEvent } from '../../../scripts/bench/simulated-call';
import type { LiveFollower } from './live-follower';
import { postWebhook } from './webhook-delivery';

// Does the live view recover? A call made after the database is back must reach the
// stream that was open through the outage as a `change`. The server's LISTEN connection
// comes back with a backoff of up to 15 s, and a change made before it is back reaches
// the viewer only inside the resync's snapshot: so the probe caller keeps pressing keys
// (each one a change) until one arrives as a change, or the deadline passes.

const deadlineMs = 45_000;
const pressEveryMs = 2000;

export async function liveViewRecovers(o: { live: LiveFollower; server: string; token: string; dialed: string }): Promise<string | null> {
  const sessionId = randomUUID();
  let arrived = false;
  const seen = o.live.changeFor(sessionId, deadlineMs).then(
    () => ((arrived = true), null),
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  );
  const vca = (extra: Record<string, unknown>) => postWebhook(o.server, '/api/webhooks/8x8/vca', o.token, vcaEvent(sessionId, o.dialed, extra));
  let answer = await vca({ callStatus: 'CALL_RECEIVED', eventData: { dtmf: null } });
  const started = Date.now();
  // welcome → 2 → representative → 2 → main menu → 2 → …: a loop that never hangs up.
  while (!arrived && answer.httpStatus === 200 && Date.now() - started < deadlineMs) {
    await Promise.race([seen, new Promise((resolve) => setTimeout(resolve, pressEveryMs))]);
    if (arrived) break;
    const { clientActionId } = answer.json as VcaReply;
    answer = await vca({ callStatus: 'ACTION_COMPLETED', eventData: { dtmf: '2' }, clientActionId });
  }
  const problem = answer.httpStatus === 200 ? await seen : `the probe call's VCA answered ${answer.httpStatus ?? answer.error}`;
  await postWebhook(o.server, '/api/webhooks/8x8/vss', o.token, summaryEvent(sessionId, o.dialed));
  return problem;
}
