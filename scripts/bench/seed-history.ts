// A large call history for measuring the history queries: SESSIONS call sessions
// (default 1,000,000), EVENTS_PER_SESSION events each (5) and a leg per ended session,
// generated in PostgreSQL with generate_series (INSERT … SELECT; nothing is sent row by row).
// Distributions: start times over the last 30 days; 5 flows × 3 published versions (made
// here in SQL, copying the draft of an existing flow when there is one); ~90% ended
// (COMPLETED 70%, NO_ANSWER 10%, BUSY 8%, FAILED 7%, ERROR 5%; FAILED/ERROR carry an
// 8x8 error code), the rest never summarised (only the last 12 h of those count as live);
// 90% inbound; callers spread over 3,000 numbers. Rows are inserted in start order.
// Usage: DATABASE_URL=postgresql://…/db npx tsx scripts/bench/seed-history.ts [sessions]
// (the database must be migrated; rows are added, nothing is dropped). Ends with ANALYZE.
import { pathToFileURL } from 'node:url';
import pg from 'pg';

export type SeedResult = { sessions: number; events: number; legs: number; seconds: number };

const flows = 5;
const versionsPerFlow = 3;

export async function seedHistory(databaseUrl: string, sessions = 1_000_000, eventsPerSession = 5, log = console.log): Promise<SeedResult> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const t0 = performance.now();
  const step = async (label: string, sql: string, params: unknown[] = []) => {
    const t = performance.now();
    const result = await client.query(sql, params);
    log(`seed-history: ${label}: ${result.rowCount ?? 0} rows in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    return result.rowCount ?? 0;
  };
  try {
    await client.query('SET synchronous_commit = off');
    // Flows, versions and numbers. A run adds its own, so seeding twice does not collide.
    const run = Date.now().toString(36);
    await step(
      'flows',
      `INSERT INTO flow (id, name, draft, updated_at)
       SELECT 'hist-${run}-f' || f, 'History flow ' || f,
              coalesce((SELECT draft FROM flow ORDER BY created_at LIMIT 1), '{"nodes":[],"edges":[]}'::jsonb), now()
       FROM generate_series(1, $1::int) f`,
      [flows],
    );
    await step(
      'versions',
      `INSERT INTO flow_version (id, flow_id, version, document, published_at, published_by)
       SELECT 'hist-${run}-f' || f || 'v' || v, 'hist-${run}-f' || f, v, fl.draft, now() - interval '40 days' + v * interval '10 days', 'seed-history'
       FROM generate_series(1, $1::int) f CROSS JOIN generate_series(1, $2::int) v
       JOIN flow fl ON fl.id = 'hist-${run}-f' || f`,
      [flows, versionsPerFlow],
    );
    await client.query(
      `UPDATE flow SET published_version_id = id || 'v' || $1::int WHERE id LIKE 'hist-${run}-f%'`,
      [versionsPerFlow],
    );
    await step(
      'numbers',
      `INSERT INTO phone_number (number, flow_id, label)
       SELECT '+6568' || lpad((abs(hashtext('${run}')) % 100)::text, 2, '0') || lpad(f::text, 4, '0'), 'hist-${run}-f' || f, 'History ' || f
       FROM generate_series(1, $1::int) f ON CONFLICT DO NOTHING`,
      [flows],
    );

    // Sessions. r: uniform draws per row; the version follows the start time (newer calls, newer versions).
    const sessionCount = await step(
      'sessions',
      `INSERT INTO call_session (id, flow_id, flow_version_id, direction, caller, dialed, call_id, status, current_node_id,
                                 started_at, updated_at, ended_at, final_status, last_action, error_code, error_message, error_meaning,
                                 mos_legs, mos_good, mos_fair, mos_poor, mos_sum)
       SELECT 'hist-${run}-' || g,
              'hist-${run}-f' || flow_no,
              'hist-${run}-f' || flow_no || 'v' || least($2::int, 1 + floor((1 - age_days / 30) * $2::int)::int),
              CASE WHEN r_dir < 0.9 THEN 'INBOUND' ELSE 'OUTBOUND' END::"CallDirection",
              '+659' || lpad((floor(r_caller * r_caller * 3000))::int::text, 7, '0'),
              '+6568' || lpad(flow_no::text, 4, '0'),
              'hist-${run}-' || g || '-a',
              CASE WHEN ended THEN final ELSE 'ACTION_COMPLETED' END,
              CASE WHEN ended THEN NULL ELSE 'menu' END,
              started, started + duration, CASE WHEN ended THEN started + duration END,
              CASE WHEN ended THEN final END,
              CASE WHEN ended THEN 'HANGUP' END,
              CASE WHEN final = 'FAILED' AND ended THEN -2003 WHEN final = 'ERROR' AND ended THEN (ARRAY[-1001, -2001, -3004])[1 + g % 3] END,
              CASE WHEN final IN ('FAILED', 'ERROR') AND ended THEN 'Call failed' END,
              CASE WHEN final IN ('FAILED', 'ERROR') AND ended THEN 'The destination could not be reached' END,
              -- The quality totals of the one leg each ended session gets below (same MOS formula).
              ended::int, (ended AND mos >= 4.0)::int, (ended AND mos >= 3.6 AND mos < 4.0)::int, (ended AND mos < 3.6)::int,
              CASE WHEN ended THEN mos ELSE 0 END
       FROM (
         SELECT g, 1 + g % $1::int AS flow_no, r_dir, r_caller, ended, age_days,
                3.5 + (length('hist-${run}-' || g) % 10) / 10.0 AS mos,
                now() - age_days * interval '1 day' AS started,
                (5 + floor(r_dur * r_dur * 600)) * interval '1 second' AS duration,
                CASE WHEN r_status < 0.70 THEN 'COMPLETED' WHEN r_status < 0.80 THEN 'NO_ANSWER' WHEN r_status < 0.88 THEN 'BUSY'
                     WHEN r_status < 0.95 THEN 'FAILED' ELSE 'ERROR' END AS final
         FROM (SELECT g, random() AS r_dir, random() AS r_caller, random() AS r_dur, random() AS r_status,
                      random() < 0.9 AS ended, random() * 30 AS age_days
               FROM generate_series(1, $3::int) g) draws
       ) s
       -- In start order, as a live system appends them: the table's physical order then
       -- follows time as it does in production (a day's calls sit on neighbouring pages).
       ORDER BY started`,
      [flows, versionsPerFlow, sessions],
    );

    const eventCount = await step(
      'events',
      `INSERT INTO call_event (event_key, kind, session_id, call_status, client_action_id, dtmf, node_id, request, reply, http_status, received_at, latency_ms)
       SELECT s.id || ':' || k,
              CASE WHEN k = $1::int AND s.ended_at IS NOT NULL THEN 'VSS' ELSE 'VCA' END::"EventKind",
              s.id,
              CASE WHEN k = 1 THEN 'CALL_RECEIVED' WHEN k = $1::int AND s.ended_at IS NOT NULL THEN s.final_status ELSE 'ACTION_COMPLETED' END,
              CASE WHEN k > 1 THEN s.flow_version_id || ':menu' END,
              CASE WHEN k > 1 THEN (k % 3 + 1)::text END,
              'menu',
              jsonb_build_object('eventId', s.id || ':' || k, 'sessionId', s.id, 'callStatus', CASE WHEN k = 1 THEN 'CALL_RECEIVED' ELSE 'ACTION_COMPLETED' END,
                                 'source', s.caller, 'destination', s.dialed, 'eventData', jsonb_build_object('dtmf', CASE WHEN k > 1 THEN (k % 3 + 1)::text END)),
              jsonb_build_object('clientActionId', s.flow_version_id || ':menu',
                                 'callflow', jsonb_build_array(jsonb_build_object('action', 'sayAndCapture', 'params', jsonb_build_object('text', 'Press 1 for sales, 2 for support', 'maxDigits', 1)))),
              200,
              s.started_at + (k - 1) * interval '4 seconds',
              2 + (k * 7 + length(s.id)) % 20
       FROM call_session s CROSS JOIN generate_series(1, $2::int) k
       WHERE s.id LIKE 'hist-${run}-%'
       ORDER BY s.started_at, k`,
      [eventsPerSession, eventsPerSession],
    );

    const legCount = await step(
      'legs',
      `INSERT INTO call_leg (session_id, leg_key, call_id, direction, call_type, source, destination, status,
                             initiated_at, connected_at, disconnected_at, duration_s, mos, packet_loss_rate, jitter_ms)
       SELECT s.id, 'callA', s.call_id, s.direction::text, 'PSTN', s.caller, s.dialed, s.final_status,
              s.started_at, CASE WHEN s.final_status = 'COMPLETED' THEN s.started_at + interval '1 second' END, s.ended_at,
              extract(epoch FROM s.ended_at - s.started_at)::int, 3.5 + (length(s.id) % 10) / 10.0 /* as the session's mos_sum */, 0, 5 + length(s.id) % 20
       FROM call_session s WHERE s.id LIKE 'hist-${run}-%' AND s.ended_at IS NOT NULL
       ORDER BY s.started_at`,
    );

    // The dashboard's daily rollup of the days just filled no longer holds.
    await step('stale dashboard rollups', 'DELETE FROM call_day_stats');

    const t = performance.now();
    await client.query('ANALYZE flow, flow_version, phone_number, call_session, call_event, call_leg');
    log(`seed-history: ANALYZE in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    return { sessions: sessionCount, events: eventCount, legs: legCount, seconds: (performance.now() - t0) / 1000 };
  } finally {
    await client.end();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL names the database to seed');
  const result = await seedHistory(url, Number(process.argv[2] ?? 1_000_000));
  console.log(`seed-history: ${result.sessions} sessions, ${result.events} events, ${result.legs} legs in ${result.seconds.toFixed(1)} s`);
}
