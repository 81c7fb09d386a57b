import 'server-only';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { normalizePhoneNumber } from '@/lib/phone-number';
import { startOfUtcDay } from '@/lib/analytics/call-stats';
import { qualityLabel, sessionErrorMeaning } from '@/lib/eightbyeight/status-codes';
import { storedMos, storedText, storedTextLimits } from '@/lib/eightbyeight/webhook-fields';
import type { SessionLeg, VssWebhook } from '@/lib/eightbyeight/webhooks';
import { forgetDaySql } from '@/lib/server/analytics/call-stats-sql';
import { insertEvent } from '@/lib/server/calls/event-sql';
import { notifiedColumns, notifySessionChanges } from '@/lib/server/live/notify-sql';

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

function legRow(legKey: string, leg: SessionLeg) {
  return {
    leg_key: legKey,
    call_id: leg.callId,
    direction: leg.callDirection ?? null,
    call_type: storedText(leg.callType, storedTextLimits.callType),
    source: leg.source ?? null,
    destination: leg.destination ?? null,
    status: leg.callStatus ?? null,
    initiated_at: time(leg.initiatedTimestamp),
    connected_at: time(leg.connectedTimestamp),
    disconnected_at: time(leg.disconnectedTimestamp),
    duration_s: seconds(leg.callDuration),
    mos: storedMos(leg.callQuality?.mos),
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

/**
 * Applies a session summary once: the event (keyed "vss:<sessionId>", as summaries
 * carry no eventId), the session's final state and its legs, in one statement. A
 * summary for a session we never saw still creates it, so history misses nothing.
 */
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
  const endedAt = time(p.endTime) ?? receivedAt;
  const quality = qualityTotals(legs);
  await db.$executeRaw`
    WITH ev AS (${insertEvent(row)}),
    session AS (
      INSERT INTO call_session (id, flow_id, direction, caller, dialed, call_id, status, started_at, updated_at, ended_at,
                                final_status, last_action, error_code, error_message, error_meaning, client_request_id,
                                mos_legs, mos_good, mos_fair, mos_poor, mos_sum)
      SELECT ${p.sessionId},
             -- A summary of an inbound call we never saw answered: its flow is the dialed number's.
             ${inbound ? Prisma.sql`(SELECT flow_id FROM phone_number WHERE number = ${normalizePhoneNumber(dialed ?? '')})` : Prisma.sql`NULL`},
             ${inbound ? 'INBOUND' : 'OUTBOUND'}::"CallDirection", ${caller}, ${dialed}, ${first?.callId ?? null},
             'ENDED', ${time(p.startTime) ?? receivedAt}, ${receivedAt}, ${endedAt}, ${p.sessionStatus ?? null},
             ${p.lastAction ?? null}, ${errorCode}, ${storedText(p.errorDetails?.errorMsg, storedTextLimits.errorMessage)},
             ${errorCode === null ? null : sessionErrorMeaning(errorCode)}, ${p.clientRequestId ?? null},
             ${quality.legs}, ${quality.good}, ${quality.fair}, ${quality.poor}, ${quality.sum}
      WHERE EXISTS (SELECT 1 FROM ev)
      ON CONFLICT (id) DO UPDATE SET
        status = 'ENDED', updated_at = EXCLUDED.updated_at, ended_at = EXCLUDED.ended_at,
        final_status = EXCLUDED.final_status, last_action = EXCLUDED.last_action, error_code = EXCLUDED.error_code,
        error_message = EXCLUDED.error_message, error_meaning = EXCLUDED.error_meaning,
        client_request_id = COALESCE(call_session.client_request_id, EXCLUDED.client_request_id),
        mos_legs = EXCLUDED.mos_legs, mos_good = EXCLUDED.mos_good, mos_fair = EXCLUDED.mos_fair,
        mos_poor = EXCLUDED.mos_poor, mos_sum = EXCLUDED.mos_sum
      RETURNING ${notifiedColumns}, started_at, flow_id),
    ${mayBeRolledUp(time(p.startTime), receivedAt) ? Prisma.sql`forgotten AS (${forgetDaySql('session')}),` : Prisma.empty}
    legs AS (
    INSERT INTO call_leg (session_id, leg_key, call_id, direction, call_type, source, destination, status,
                          initiated_at, connected_at, disconnected_at, duration_s, mos, packet_loss_rate, jitter_ms)
    SELECT session.id, l.leg_key, l.call_id, l.direction, l.call_type, l.source, l.destination, l.status,
           l.initiated_at, l.connected_at, l.disconnected_at, l.duration_s, l.mos, l.packet_loss_rate, l.jitter_ms
    FROM session, jsonb_to_recordset(${JSON.stringify(legs)}::jsonb) AS l(
      leg_key text, call_id text, direction text, call_type text, source text, destination text, status text,
      initiated_at timestamp(3), connected_at timestamp(3), disconnected_at timestamp(3), duration_s int,
      mos double precision, packet_loss_rate double precision, jitter_ms double precision)
    ON CONFLICT (session_id, leg_key) DO NOTHING)
    SELECT count(*) FROM (${notifySessionChanges('session')}) AS notified`;
}
