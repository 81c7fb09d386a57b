import 'server-only';
import type { VcsWebhook } from '@/lib/eightbyeight/webhooks';
import { storeOrJournal } from '@/lib/server/outage/webhook-journal';

/** Stores a call status event and moves a live session's status along (or journals it, database down). */
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
  await storeOrJournal({ kind: 'status', row, change: { sessionId: p.sessionId, status: p.callStatus, callId: p.callId ?? null, at: receivedAt } });
}
