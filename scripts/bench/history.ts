import { percentile, round } from './percentiles';
import { adminHeaders } from './admin-session';
import { seedHistory } from './seed-history';

// Unless BENCH_HISTORY=0: seeds BENCH_HISTORY_SESSIONS (1,000,000) sessions × 5 events into the
// bench's database, then times, through the production server:
//  - GET /api/calls for 10 representative filter combinations × 20 runs (p95 over all
//    200, target ≤ 100 ms) and the CSV export's first byte;
//  - GET /api/analytics (the dashboard: four aggregates in parallel) for 5 periods and
//    flows × 10 runs (p95 over all 50, target ≤ 300 ms).
// `timeHistoryQueries` alone (scripts/bench/history-queries.ts) re-times a server already
// running on a seeded database, for EXPLAIN work without seeding again.

type Timings = { label: string; samples: number[] };

/** Each query `runs` times after one warm-up round, round-robin so caches favour none. */
async function timeQueries(baseUrl: string, path: string, combos: Array<Record<string, string>>, runs: number): Promise<Timings[]> {
  const timings = combos.map((combo) => ({ label: JSON.stringify(combo), samples: [] as number[] }));
  for (let run = 0; run <= runs; run += 1) {
    for (const [i, combo] of combos.entries()) {
      const started = performance.now();
      const response = await fetch(`${baseUrl}${path}?${new URLSearchParams(combo).toString()}`, { headers: adminHeaders() });
      const body = await response.text();
      if (!response.ok) throw new Error(`GET ${path} ${JSON.stringify(combo)} answered ${response.status}: ${body}`);
      if (run > 0) timings[i]?.samples.push(performance.now() - started);
    }
  }
  return timings;
}

function report(name: string, timings: Timings[]): number {
  for (const { label, samples } of timings) {
    console.log(`bench: ${name} ${label}: p50 ${round(percentile(samples, 50))} ms, p95 ${round(percentile(samples, 95))} ms`);
  }
  return percentile(timings.flatMap((t) => t.samples), 95);
}

async function seededFlowId(baseUrl: string): Promise<string> {
  const flows = (await (await fetch(`${baseUrl}/api/flows`, { headers: adminHeaders() })).json()) as unknown;
  const list = Array.isArray(flows) ? flows : ((flows as { flows?: unknown[] }).flows ?? []);
  return (list as Array<{ id: string }>).find((f) => f.id.startsWith('hist-'))?.id ?? '';
}

export async function timeHistoryQueries(baseUrl: string) {
  const flowId = await seededFlowId(baseUrl);
  const day = 86_400_000;
  const iso = (msAgo: number) => new Date(Date.now() - msAgo).toISOString();
  const [since, until] = [iso(7 * day), iso(6 * day)];
  const list = await timeQueries(
    baseUrl,
    '/api/calls',
    [
      {},
      { flowId },
      { status: 'BUSY' },
      { status: 'live' },
      { errorCode: '-2003' },
      { direction: 'OUTBOUND', from: since, to: until },
      { flowId, version: '3', status: 'ERROR' },
      { flowId, status: 'COMPLETED', page: '5' },
      { sort: 'duration', order: 'desc', from: since, to: until },
      { number: '+659000001' }, // the start of ten callers' numbers (~24k calls)
      { number: '0002841' }, // the last digits of one caller's number
      { sort: 'duration', order: 'asc', flowId },
    ],
    20,
  );
  const listP95Ms = report('history list', list);

  const started = performance.now();
  const response = await fetch(`${baseUrl}/api/calls/export.csv?status=COMPLETED`, { headers: adminHeaders() });
  const reader = response.body?.getReader();
  await reader?.read();
  const exportFirstByteMs = performance.now() - started;
  await reader?.cancel();

  const dashboard = await timeQueries(
    baseUrl,
    '/api/analytics',
    [
      {}, // the dashboard's default: the last 7 days, every flow
      { from: iso(day), to: iso(0) },
      { from: iso(30 * day), to: iso(0) },
      { flowId },
      { flowId, from: iso(30 * day), to: iso(0) },
    ],
    10,
  );
  const analyticsP95Ms = report('analytics', dashboard);
  return { listP95Ms, exportFirstByteMs, analyticsP95Ms };
}

export async function benchHistory(baseUrl: string, databaseUrl: string) {
  const seeded = await seedHistory(databaseUrl, Number(process.env.BENCH_HISTORY_SESSIONS ?? 1_000_000), 5, (line) => console.log(`bench: ${line}`));
  return { ...seeded, ...(await timeHistoryQueries(baseUrl)) };
}

export function historyBenchLines(h: Awaited<ReturnType<typeof timeHistoryQueries>> & { sessions?: number; events?: number }) {
  const size = h.sessions === undefined ? '' : `sessions=${h.sessions} events=${h.events} `;
  return [
    `BENCH history ${size}list_p95_ms=${round(h.listP95Ms)} export_first_byte_ms=${round(h.exportFirstByteMs)}`,
    `BENCH analytics dashboard_p95_ms=${round(h.analyticsP95Ms)}`,
  ];
}
