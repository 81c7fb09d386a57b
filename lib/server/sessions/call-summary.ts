import 'server-only';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { forgetDaySql } from '@/lib/server/analytics/call-stats-sql';
import { insertEvent, type EventRow } from '@/lib/server/calls/event-sql';
import { notifiedColumns, notifySessionChanges } from '@/lib/server/live/notify-sql';

// call_session's writes live in lib/server/sessions (one owner): this file, a session's summary.

/** A session's final state, from its summary (VSS). */
export type SessionEnding = {
  sessionId: string;
  /** An inbound call's dialed number (E.164): a call we never saw takes the flow routed to it. */
  routedNumber: string | null;
  direction: 'INBOUND' | 'OUTBOUND';
  caller: string | null;
  dialed: string | null;
  callId: string | null;
  startedAt: Date;
  endedAt: Date;
  receivedAt: Date;
  finalStatus: string | null;
  lastAction: string | null;
  errorCode: number | null;
  errorMessage: string | null;
  errorMeaning: string | null;
  clientRequestId: string | null;
  quality: { legs: number; good: number; fair: number; poor: number; sum: number };
  /** Whether the call may be in the dashboard's daily rollup (then its day's rows are forgotten). */
  forgetRollup: boolean;
};

export type LegRow = {
  leg_key: string;
  call_id: string;
  direction: string | null;
  call_type: string | null;
  source: string | null;
  destination: string | null;
  status: string | null;
  initiated_at: Date | null;
  connected_at: Date | null;
  disconnected_at: Date | null;
  duration_s: number | null;
  mos: number | null;
  packet_loss_rate: number | null;
  jitter_ms: number | null;
};

/**
 * Applies a session summary once, in one statement: the event, the session's final state
 * and its legs. A summary for a session we never saw still creates it, so history misses
 * nothing; the call's own events, if they follow, fill in its flow (inbound-call.ts).
 */
export async function storeSessionEnding(row: EventRow, end: SessionEnding, legs: LegRow[]): Promise<void> {
  const q = end.quality;
  await db.$executeRaw`
    WITH ev AS (${insertEvent(row)}),
    session AS (
      INSERT INTO call_session (id, flow_id, direction, caller, dialed, call_id, status, started_at, updated_at, ended_at,
                                final_status, last_action, error_code, error_message, error_meaning, client_request_id,
                                mos_legs, mos_good, mos_fair, mos_poor, mos_sum)
      SELECT ${end.sessionId},
             ${end.routedNumber === null ? Prisma.sql`NULL` : Prisma.sql`(SELECT flow_id FROM phone_number WHERE number = ${end.routedNumber})`},
             ${end.direction}::"CallDirection", ${end.caller}, ${end.dialed}, ${end.callId},
             'ENDED', ${end.startedAt}, ${end.receivedAt}, ${end.endedAt}, ${end.finalStatus},
             ${end.lastAction}, ${end.errorCode}, ${end.errorMessage}, ${end.errorMeaning}, ${end.clientRequestId},
             ${q.legs}, ${q.good}, ${q.fair}, ${q.poor}, ${q.sum}
      WHERE EXISTS (SELECT 1 FROM ev)
      ON CONFLICT (id) DO UPDATE SET
        status = 'ENDED', updated_at = EXCLUDED.updated_at, ended_at = EXCLUDED.ended_at,
        final_status = EXCLUDED.final_status, last_action = EXCLUDED.last_action, error_code = EXCLUDED.error_code,
        error_message = EXCLUDED.error_message, error_meaning = EXCLUDED.error_meaning,
        client_request_id = COALESCE(call_session.client_request_id, EXCLUDED.client_request_id),
        mos_legs = EXCLUDED.mos_legs, mos_good = EXCLUDED.mos_good, mos_fair = EXCLUDED.mos_fair,
        mos_poor = EXCLUDED.mos_poor, mos_sum = EXCLUDED.mos_sum
      RETURNING ${notifiedColumns}, started_at, flow_id),
    ${end.forgetRollup ? Prisma.sql`forgotten AS (${forgetDaySql('session')}),` : Prisma.empty}
    attempt AS (
      -- A campaign's attempt learns its ending here (matched by session, or by the clientRequestId it sent),
      -- so a summary replayed from the webhook journal settles it too. One settled as "no summary" is
      -- settled again from it: a summary later than CAMPAIGN_SUMMARY_TIMEOUT_S (kept through an outage
      -- in another server's journal, or a very long call) still says what the call came to.
      UPDATE campaign_attempt SET summary_status = ${end.finalStatus}, error_code = ${end.errorCode}, ended_at = ${end.endedAt},
                                  session_id = COALESCE(session_id, ${end.sessionId}),
                                  outcome = NULLIF(outcome, 'no_summary'),
                                  detail = CASE WHEN outcome = 'no_summary' THEN NULL ELSE detail END,
                                  settled_at = CASE WHEN outcome = 'no_summary' THEN NULL ELSE settled_at END
      WHERE (session_id = ${end.sessionId} OR id = ${end.clientRequestId}) AND ended_at IS NULL
        AND (settled_at IS NULL OR outcome = 'no_summary')
        AND EXISTS (SELECT 1 FROM ev)),
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
