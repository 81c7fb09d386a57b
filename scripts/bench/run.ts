// npm run bench — the webhook hot path under load, on PostgreSQL.
// Starts the production server on a scratch database (DATABASE_URL's server, or
// the local one), drives CONCURRENCY simulated calls at a time through the real
// webhook endpoints, then the same load against an empty route handler (the
// ceiling), and prints one BENCH line last. Options (env): BENCH_CONCURRENCY (32),
// BENCH_CALLS (total calls, 640).
import { createScratchDatabase } from '../lib/scratch-database';
import { percentile, round } from './percentiles';
import { startServer } from './server';
import { simulatedCall, vcasPerCall } from './simulated-call';

const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 32);
const totalCalls = Number(process.env.BENCH_CALLS ?? 640);
const serverUrl = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const token = 'bench-token';
const dialed = '+6568332048'; // the seed routes it to the ABC Restaurant flow

async function pool(workers: number, jobs: number, job: () => Promise<void>): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (next < jobs) {
        next += 1;
        await job();
      }
    }),
  );
  return (performance.now() - started) / 1000;
}

const scratch = await createScratchDatabase(serverUrl, 'ivr_bench');
let server: Awaited<ReturnType<typeof startServer>> | undefined;
try {
  server = await startServer(
    { ...process.env, DATABASE_URL: scratch.url, METRICS: '1', WEBHOOK_AUTH_TOKEN: token, NEXT_TELEMETRY_DISABLED: '1' },
    3400,
  );
  const { baseUrl } = server;
  const post = async (path: string, body: unknown) => {
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

  // Warm up: the version cache, the connection pool, V8.
  await pool(concurrency, concurrency * 2, () => simulatedCall(post, dialed, []));
  const before = (await (await fetch(`${baseUrl}/api/metrics`)).json()) as { vca: { requests: number; roundTrips: number } };

  const latencies: number[] = [];
  const seconds = await pool(concurrency, totalCalls, () => simulatedCall(post, dialed, latencies));
  const after = (await (await fetch(`${baseUrl}/api/metrics`)).json()) as { vca: { requests: number; roundTrips: number } };
  const vcas = latencies.length;
  const queriesPerVca = (after.vca.roundTrips - before.vca.roundTrips) / (after.vca.requests - before.vca.requests);
  // Each call also sends a VSS; rps counts VCAs only, over the time all requests took.
  const rps = vcas / seconds;

  const pingBody = { payload: { eventId: 'x'.repeat(36), digits: '1' } };
  await pool(concurrency, 500, async () => void (await post('/api/ping', pingBody)));
  const ceilingRequests = totalCalls * (vcasPerCall + 1);
  const ceilingSeconds = await pool(concurrency, ceilingRequests, async () => void (await post('/api/ping', pingBody)));
  const ceilingRps = ceilingRequests / ceilingSeconds;
  // Compare like with like: the webhook run also carried one VSS per call.
  const ratio = (vcas + totalCalls) / seconds / ceilingRps;

  console.log(`bench: ${totalCalls} calls (${vcas} VCAs + ${totalCalls} VSS) at concurrency ${concurrency} in ${round(seconds)} s`);
  console.log(`bench: ceiling ${ceilingRequests} empty POSTs in ${round(ceilingSeconds)} s`);
  console.log(
    `BENCH vca p50_ms=${round(percentile(latencies, 50))} p95_ms=${round(percentile(latencies, 95))} p99_ms=${round(percentile(latencies, 99))} rps=${round(rps, 0)} ceiling_rps=${round(ceilingRps, 0)} ratio=${round(ratio)} queries_per_vca=${round(queriesPerVca)}`,
  );
} finally {
  server?.stop();
  await new Promise((resolve) => setTimeout(resolve, 500));
  await scratch.drop().catch((error: unknown) => console.warn(`bench: could not drop the scratch database: ${String(error)}`));
}
