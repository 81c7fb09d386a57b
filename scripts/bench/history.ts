import { percentile, round } from './percentiles';
import { seedHistory } from './seed-history';

// BENCH_HISTORY=1: seeds BENCH_HISTORY_SESSIONS (1,000,000) sessions × 5 events into the
// bench's database, then times GET /api/calls for 10 representative filter combinations
// × 20 runs (p95 over all 200, target ≤ 100 ms) and the CSV export's first byte.

export async function benchHistory(baseUrl: string, databaseUrl: string) {
  const seeded = await seedHistory(databaseUrl, Number(process.env.BENCH_HISTORY_SESSIONS ?? 1_000_000), 5, (line) => console.log(`bench: ${line}`));
  const flows = (await (await fetch(`${baseUrl}/api/flows`)).json()) as unknown;
  const list = Array.isArray(flows) ? flows : ((flows as { flows?: unknown[] }).flows ?? []);
  const flowId = (list as Array<{ id: string; name: string }>).find((f) => f.id.startsWith('hist-'))?.id ?? '';
  const since = new Date(Date.now() - 7 * 86_400_000).toISOString();
  const until = new Date(Date.now() - 6 * 86_400_000).toISOString();
  const combos: Array<Record<string, string>> = [
    {},
    { flowId },
    { status: 'BUSY' },
    { status: 'live' },
    { errorCode: '-2003' },
    { direction: 'OUTBOUND', from: since, to: until },
    { flowId, version: '3', status: 'ERROR' },
    { flowId, status: 'COMPLETED', page: '5' },
    { sort: 'duration', order: 'desc', from: since, to: until },
    { number: '+659000001' },
  ];
  const byCombo: number[][] = combos.map(() => []);
  const all: number[] = [];
  for (let run = 0; run < 21; run += 1) {
    for (const [i, combo] of combos.entries()) {
      const started = performance.now();
      const response = await fetch(`${baseUrl}/api/calls?${new URLSearchParams(combo).toString()}`);
      await response.json();
      if (!response.ok) throw new Error(`GET /api/calls ${JSON.stringify(combo)} answered ${response.status}`);
      if (run === 0) continue; // warm-up
      const ms = performance.now() - started;
      byCombo[i]?.push(ms);
      all.push(ms);
    }
  }
  for (const [i, combo] of combos.entries()) {
    const l = byCombo[i] ?? [];
    console.log(`bench: history list ${JSON.stringify(combo)}: p50 ${round(percentile(l, 50))} ms, p95 ${round(percentile(l, 95))} ms`);
  }
  const started = performance.now();
  const response = await fetch(`${baseUrl}/api/calls/export.csv?status=COMPLETED`);
  const reader = response.body?.getReader();
  await reader?.read();
  const firstByteMs = performance.now() - started;
  await reader?.cancel();
  return { ...seeded, listP95Ms: percentile(all, 95), exportFirstByteMs: firstByteMs };
}
