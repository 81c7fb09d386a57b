// The data dip's own cost: runDataDip against a local server that answers in ANSWER_MS (50),
// one request at a time, after a warm-up. Issue 11's target: a webhook reply with one data dip
// to a server answering in 50 ms costs that plus at most 5 ms at p50 — this measures the dip's
// share (lookup, guard, connect, request, read, parse); the webhook bench adds the rest.
// Each dip is paired with a bare http.get to the same server (a fresh connection too), taken
// in turns so both see the same load: dip − bare is what the guard and runner add, and stays
// meaningful on a busy machine where a 50 ms timer itself runs late.
// Run alone: npx tsx --conditions=react-server scripts/bench/data-dip.ts [requests]
import { get } from 'node:http';
import { pathToFileURL } from 'node:url';
import { runDataDip } from '../../lib/server/data-dip/run-data-dip';
import { startTestServer } from '../../lib/testing/http-test-server';
import { percentile, round } from './percentiles';

export type DataDipBench = {
  requests: number;
  answerMs: number;
  /** runDataDip, end to end. */
  p50: number;
  p95: number;
  /** p50 − answerMs: the target is at most 5. */
  overheadP50: number;
  /** A bare http.get of the same answer: the floor on this machine now. */
  bareP50: number;
  /** p50 of (dip − bare) over the pairs: what the data dip adds to a plain request. */
  addedP50: number;
};

/** A plain GET with a fresh connection, the body read whole: what any client pays. */
function bareGet(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    get(url, { agent: false }, (response) => {
      response.resume();
      response.on('end', resolve);
      response.on('error', reject);
    }).on('error', reject);
  });
}

export async function benchDataDip({ requests = 200, answerMs = 50, warmUp = 20 } = {}): Promise<DataDipBench> {
  const server = await startTestServer((_request, response) => {
    setTimeout(() => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ customer: { name: 'Ada Lovelace', tier: 'gold' }, balance: 12.5 }));
    }, answerMs);
  });
  const latencies: number[] = [];
  const bare: number[] = [];
  const added: number[] = [];
  try {
    for (let i = 0; i < warmUp + requests; i++) {
      const bareStarted = performance.now();
      await bareGet(`${server.origin}/customers/${i}`);
      const bareMs = performance.now() - bareStarted;
      const started = performance.now();
      const result = await runDataDip(
        { method: 'GET', url: `${server.origin}/customers/${i}?caller=%2B6591234567`, headers: { 'X-Api-Key': 'bench' } },
        { allowHosts: ['127.0.0.1'] },
      );
      const ms = performance.now() - started;
      if (result.outcome !== 'success') throw new Error(`request ${i}: ${result.outcome} ${result.error ?? ''}`);
      if (i >= warmUp) {
        latencies.push(ms);
        bare.push(bareMs);
        added.push(ms - bareMs);
      }
      // The server's record of requests is not needed here: keep memory flat on long runs.
      server.received.length = 0;
    }
  } finally {
    await server.close();
  }
  const p50 = percentile(latencies, 50);
  return {
    requests,
    answerMs,
    p50: round(p50),
    p95: round(percentile(latencies, 95)),
    overheadP50: round(p50 - answerMs),
    bareP50: round(percentile(bare, 50)),
    addedP50: round(percentile(added, 50)),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const requests = Number(process.argv[2] ?? process.env.BENCH_DATA_DIP_REQUESTS ?? 200);
  const result = await benchDataDip({ requests });
  console.log(`BENCH data-dip ${JSON.stringify(result)}`);
}
