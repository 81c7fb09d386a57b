import 'server-only';
import { normalizePhoneNumber } from '@/lib/phone-number';
import { startOfUtcDay } from '@/lib/analytics/call-stats';
import { qualityLabel, sessionErrorMeaning } from '@/lib/eightbyeight/status-codes';
import type { SessionLeg, VssWebhook } from '@/lib/eightbyeight/webhooks';
import { rememberEnded } from '@/lib/server/outage/call-memory';
import { storeOrJournal } from '@/lib/server/outage/webhook-journal';
import type { LegRow, SessionEnding } from '@/lib/server/sessions/call-summary';

const time = (value: string | null | undefined) => {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
};

/** Whole seconds for the INTEGER column: an odd duration (fractional, absurd) must not cost the summary. */
const seconds = (value: number | null | undefined) => {
  if (value === null || value === undefined) return null;
  const whole = Math.round(value);
  return Math.abs(whole) <= 2_147_483_647 ? whole : null;
};

function legRow(legKey: string, leg: SessionLeg): LegRow {
  return {
    leg_key: legKey,
    call_id: leg.callId,
    direction: leg.callDirection ?? null,
    call_type: leg.callType ?? null,
    source: leg.source ?? null,
    destination: leg.destination ?? null,
    status: leg.callStatus ?? null,
    initiated_at: time(leg.initiatedTimestamp),
    connected_at: time(leg.connectedTimestamp),
    disconnected_at: time(leg.disconnectedTimestamp),
    duration_s: seconds(leg.callDuration),
    mos: leg.callQuality?.mos ?? null,
    packet_loss_rate: leg.callQuality?.packetLossRate ?? null,
    jitter_ms: leg.callQuality?.jitter ?? null,
  };
}

/** The legs' MOS totals kept on the session (the dashboard's quality mix reads these). */
function qualityTotals(legs: ReadonlyArray<{ mos: number | null }>) {
  const scores = legs.map((leg) => leg.mos).filter((mos): mos is number => typeof mos === 'number');
  const count = (label: string) => scores.filter((mos) => qualityLabel(mos) === label).length;
  return { legs: scores.length, good: count('good'), fair: count('fair'), poor: count('poor'), sum: scores.reduce((a, b) => a + b, 0) };
}

/**
 * Whether the call may be in the dashboard's daily rollup, which holds only days before
 * today (UTC): then the summary deletes its day's rows (a data-modifying CTE runs whether or
 * not it is referenced). Today's calls leave the rollup alone, so they never wait on the
 * lock a day's computation takes. A minute's margin covers a stored start a few
 * milliseconds off 8x8's across midnight.
 */
function mayBeRolledUp(start: Date | null, receivedAt: Date): boolean {
  return start === null || start.getTime() < startOfUtcDay(receivedAt).getTime() + 60_000;
}

/** Maps a session summary (VSS) to its event, the session's ending and its legs, and stores them. */
export async function recordVss(event: VssWebhook, receivedAt: Date, startedMs: number): Promise<void> {
  const p = event.payload;
  const legs = Object.entries(p.details ?? {}).map(([key, leg]) => legRow(key, leg));
  const first = p.details?.callA ?? Object.values(p.details ?? {})[0];
  const inbound = first?.callDirection === 'INBOUND';
  const caller = (inbound ? first?.source : first?.destination) ?? null;
  const dialed = (inbound ? first?.destination : first?.source) ?? null;
  const errorCode = p.errorDetails?.errorCode ?? null;
  const row = {
    eventKey: `vss:${p.sessionId}`,
    kind: 'VSS' as const,
    sessionId: p.sessionId,
    callStatus: p.sessionStatus ?? null,
    request: event,
    reply: null,
    httpStatus: 200,
    receivedAt,
    latencyMs: performance.now() - startedMs,
  };
  const end: SessionEnding = {
    sessionId: p.sessionId,
    routedNumber: inbound ? normalizePhoneNumber(dialed ?? '') : null,
    direction: inbound ? 'INBOUND' : 'OUTBOUND',
    caller,
    dialed,
    callId: first?.callId ?? null,
    startedAt: time(p.startTime) ?? receivedAt,
    endedAt: time(p.endTime) ?? receivedAt,
    receivedAt,
    finalStatus: p.sessionStatus ?? null,
    lastAction: p.lastAction ?? null,
    errorCode,
    errorMessage: p.errorDetails?.errorMsg ?? null,
    errorMeaning: errorCode === null ? null : sessionErrorMeaning(errorCode),
    clientRequestId: p.clientRequestId ?? null,
    quality: qualityTotals(legs),
    forgetRollup: mayBeRolledUp(time(p.startTime), receivedAt),
  };
  await storeOrJournal({ kind: 'ending', row, end, legs });
  rememberEnded(p.sessionId);
}
