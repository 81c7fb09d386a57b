import 'server-only';
import { db } from '@/lib/db';
import type { VcsWebhook } from '@/lib/eightbyeight/webhooks';
import { insertEvent } from '@/lib/server/calls/event-sql';
import { notifiedColumns, notifySessionChanges } from '@/lib/server/live/notify-sql';

/** Stores a call status event and moves a live session's status along, in one statement. */
export async function recordVcs(event: VcsWebhook, receivedAt: Date, startedMs: number): Promise<void> {
  const p = event.payload;
  const row = {
    eventKey: p.eventId,
    kind: 'VCS' as const,
    sessionId: p.sessionId,
    callStatus: p.callStatus,
    request: event,
    reply: null,
    httpStatus: 200,
    receivedAt,
    latencyMs: performance.now() - startedMs,
  };
  await db.$executeRaw`
    WITH ev AS (${insertEvent(row)}),
    moved AS (
      UPDATE call_session
         SET status = ${p.callStatus}, call_id = COALESCE(call_id, ${p.callId ?? null}), updated_at = ${receivedAt}
       WHERE id = ${p.sessionId} AND ended_at IS NULL AND EXISTS (SELECT 1 FROM ev)
      RETURNING ${notifiedColumns})
    SELECT count(*) FROM (${notifySessionChanges('moved')}) AS notified`;
}
