// npm run bench — the webhook hot path on PostgreSQL, through the real endpoints of
// the production server (on a scratch database on DATABASE_URL's server, or the
// local one). Three runs, one BENCH line last:
//  1. latency: CONCURRENCY calls in progress at once, each caller pausing about
//     THINK_MS (±50%, callers are not in step) before each key press — a caller
//     listens to the prompt first; people take seconds, we take 250 ms — → p50/p95/p99
//     of the VCA round trip;
//  2. capacity: the same calls back to back with no pauses → VCAs per second;
//  3. ceiling: run 2's identical requests sent to an empty route handler, so the
//     client's work is the same and only the handler's work differs → ratio.
// queries_per_vca: database round trips per VCA, counted by the server (METRICS=1).
// Before those, the designer: a generated 300-step flow opened in headless Chromium.
// Env: BENCH_CONCURRENCY (32), BENCH_THINK_MS (250), BENCH_LATENCY_CALLS (192), BENCH_CALLS (640),
// BENCH_DESIGNER=0 to skip the designer.
// Always (cheap): webhook → live view latency (BENCH_LIVE_CALLS, 50) → `BENCH live`.
// Then (BENCH_HISTORY=0 skips it: seeding takes ~1–4 min): 1M sessions / 5M events, then
// p95 of GET /api/calls over 12 filter combinations → `BENCH history`, and of the dashboard's
// GET /api/analytics over 5 periods and flows → `BENCH analytics` (docs/benchmarks.md).
// Then (BENCH_CAMPAIGN=0 skips it, ~2 min): a 2,000-contact campaign at 20 calls/s against the
// sandbox and a 100,000-row contacts import (./campaign.ts) → `BENCH campaign`.
// Then (BENCH_OUTAGE=0 skips it, ~2 min): PostgreSQL restarted and stopped for 30 s under
// live calls, on a PostgreSQL of its own (./outage.ts) → `BENCH outage`.
// Then (BENCH_DATA_DIP=0 skips it, ~30 s): a data dip to a local server answering in 50 ms, on
// its own (./data-dip.ts) and as a call's first reply against the same flow without it
// (./data-dip-webhook.ts) → `BENCH data_dip` (issue 11's target: added_p50_ms ≤ 5).
// BENCH_PORT (3400): where the bench's server listens.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createScratchDatabase } from '../lib/scratch-database';
import { percentile, round } from './percentiles';
import { benchDataDip } from './data-dip';
import { benchDataDipWebhook } from './data-dip-webhook';
import { benchDesigner } from './designer';
import { benchHistory, historyBenchLines } from './history';
import { adminHeaders, benchAdmin, signInBenchAdmin } from './admin-session';
import { benchCampaign } from './campaign';
import { benchLive } from './live';
import { benchOutage } from './outage';
import { startServer } from './server';
import { pause, simulatedCall, type CallOptions, type Post } from './simulated-call';

const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 32);
const thinkMs = Number(process.env.BENCH_THINK_MS ?? 250);
const latencyCalls = Number(process.env.BENCH_LATENCY_CALLS ?? 192);
const capacityCalls = Number(process.env.BENCH_CALLS ?? 640);
const serverUrl = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const token = 'bench-token';
const dialed = '+6568332048'; // the seed routes it to the ABC Restaurant flow

const webhooks: CallOptions = { vcaPath: '/api/webhooks/8x8/vca', vssPath: '/api/webhooks/8x8/vss', thinkMs: 0, checkReplies: true };

/** Runs `calls` simulated calls, `concurrency` at a time; returns VCA latencies and seconds taken. */
async function drive(post: Post, calls: number, options: CallOptions) {
  const latencies: number[] = [];
  let started = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      await pause(options.thinkMs); // stagger the callers' first rings
      while (started < calls) {
        started += 1;
        await simulatedCall(post, dialed, latencies, options);
      }
    }),
  );
  return { latencies, seconds: (performance.now() - t0) / 1000 };
}

const describe = (l: number[]) => `p50 ${round(percentile(l, 50))} ms, p95 ${round(percentile(l, 95))} ms, p99 ${round(percentile(l, 99))} ms`;

const scratch = await createScratchDatabase(serverUrl, 'ivr_bench');
let server: Awaited<ReturnType<typeof startServer>> | undefined;
try {
  server = await startServer(
    { ...process.env, DATABASE_URL: scratch.url, METRICS: process.env.BENCH_METRICS ?? '1', WEBHOOK_AUTH_TOKEN: token, NEXT_TELEMETRY_DISABLED: '1', ADMIN_EMAIL: benchAdmin.email, ADMIN_PASSWORD: benchAdmin.password },
    Number(process.env.BENCH_PORT ?? 3400),
  );
  const { baseUrl } = server;
  await signInBenchAdmin(baseUrl);
  const post: Post = async (path, body) => {
    const started = performance.now();
    const response = await fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: token },
      body: JSON.stringify(body),
    });
    const json = (await response.json()) as { clientActionId?: string; callflow?: unknown[] };
    if (!response.ok) throw new Error(`${path} answered ${response.status}: ${JSON.stringify(json)}`);
    return { latencyMs: performance.now() - started, json };
  };
  const roundTrips = async () =>
    process.env.BENCH_METRICS === '0' ? { requests: 1, roundTrips: 0 } :
    ((await (await fetch(`${baseUrl}/api/metrics`, { headers: adminHeaders() })).json()) as { vca: { requests: number; roundTrips: number } }).vca;

  if (process.env.BENCH_DESIGNER !== '0') {
    const d = await benchDesigner(baseUrl);
    console.log(
      `bench: designer: ${d.nodes}-step flow interactive in ${round(d.openMs, 0)} ms (best of ${d.opensMs.join(', ')} ms; ${d.renderedNodes} steps in view); dragging a step: ${d.frames} frames, p50 ${round(d.frameP50)} ms, p95 ${round(d.frameP95)} ms, max ${round(d.frameMax)} ms, ${d.framesOver16} over 16.7 ms`,
    );
    console.log(
      `BENCH designer nodes=${d.nodes} open_ms=${round(d.openMs, 0)} drag_frame_p50_ms=${round(d.frameP50)} drag_frame_p95_ms=${round(d.frameP95)} drag_frames_over_16ms=${d.framesOver16}/${d.frames}`,
    );
  }

  // Warm up: the version cache, the connection pool, the JIT.
  await drive(post, concurrency * 2, webhooks);
  await drive(post, concurrency * 2, { ...webhooks, vcaPath: '/api/ping', vssPath: '/api/ping', checkReplies: false });
  const before = await roundTrips();

  const lag = monitorEventLoopDelay({ resolution: 1 });
  lag.enable();
  const paced = await drive(post, latencyCalls, { ...webhooks, thinkMs });
  lag.disable();
  console.log(`bench: client event-loop lag during the latency run: p99 ${round(lag.percentile(99) / 1e6)} ms, max ${round(lag.max / 1e6)} ms`);
  console.log(`bench: latency run: ${latencyCalls} calls, ${concurrency} at a time, ${thinkMs} ms before each press: ${describe(paced.latencies)}`);

  const capacity = await drive(post, capacityCalls, webhooks);
  const after = await roundTrips();
  const rps = capacity.latencies.length / capacity.seconds;
  console.log(
    `bench: capacity run: ${capacityCalls} calls back to back (${capacity.latencies.length} VCAs + ${capacityCalls} VSS) in ${round(capacity.seconds)} s; saturated latency ${describe(capacity.latencies)}`,
  );

  const ceiling = await drive(post, capacityCalls, { ...webhooks, vcaPath: '/api/ping', vssPath: '/api/ping', checkReplies: false });
  const ceilingRps = ceiling.latencies.length / ceiling.seconds;
  console.log(`bench: ceiling run: the same requests to an empty handler in ${round(ceiling.seconds)} s`);

  const live = await benchLive(baseUrl, post, dialed, Number(process.env.BENCH_LIVE_CALLS ?? 50));
  console.log(`bench: webhook → live change event, ${live.length} calls one at a time: ${describe(live)}`);
  console.log(`BENCH live p50_ms=${round(percentile(live, 50))} p95_ms=${round(percentile(live, 95))}`);

  if (process.env.BENCH_CAMPAIGN !== '0') {
    for (const line of await benchCampaign(baseUrl)) console.log(line);
  }

  if (process.env.BENCH_DATA_DIP !== '0') {
    const own = await benchDataDip({ requests: Number(process.env.BENCH_DATA_DIP_REQUESTS ?? 200) });
    const hook = await benchDataDipWebhook(baseUrl, post, { calls: Number(process.env.BENCH_DATA_DIP_CALLS ?? 100) });
    console.log(`bench: data dip alone: ${JSON.stringify(own)}; in a reply: ${JSON.stringify(hook)}`);
    console.log(
      `BENCH data_dip answer_ms=${own.answerMs} dip_p50_ms=${own.p50} dip_p95_ms=${own.p95} bare_p50_ms=${own.bareP50} dip_added_p50_ms=${own.addedP50} reply_p50_ms=${hook.dipP50} reply_p95_ms=${hook.dipP95} reply_without_p50_ms=${hook.plainP50} reply_added_p50_ms=${hook.addedP50}`,
    );
  }

  if (process.env.BENCH_HISTORY !== '0') {
    for (const line of historyBenchLines(await benchHistory(baseUrl, scratch.url))) console.log(line);
  }

  if (process.env.BENCH_OUTAGE !== '0') {
    for (const line of await benchOutage()) console.log(line);
  }

  const queriesPerVca = (after.roundTrips - before.roundTrips) / (after.requests - before.requests);
  console.log(
    `BENCH vca p50_ms=${round(percentile(paced.latencies, 50))} p95_ms=${round(percentile(paced.latencies, 95))} p99_ms=${round(percentile(paced.latencies, 99))} rps=${round(rps, 0)} ceiling_rps=${round(ceilingRps, 0)} ratio=${round(rps / ceilingRps)} queries_per_vca=${round(queriesPerVca)}`,
  );
} finally {
  server?.stop();
  await new Promise((resolve) => setTimeout(resolve, 500));
  if (process.env.BENCH_KEEP_DB) console.log(`bench: kept ${scratch.url}`);
  else await scratch.drop().catch((error: unknown) => console.warn(`bench: could not drop the scratch database: ${String(error)}`));
}
