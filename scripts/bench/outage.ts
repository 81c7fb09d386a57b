import { runOutageDrill } from '../../e2e/support/outage/outage-drill';
import { startOutageRig } from '../../e2e/support/outage/outage-rig';
import { describeDrops, outageBenchLine, summarizeOutage } from '../../e2e/support/outage/outage-summary';
import { benchAdmin } from './admin-session';

// Issue 12's drill as a measurement (e2e/api/webhook-outage.spec.ts asserts the same):
// a PostgreSQL of its own under one app server, BENCH_OUTAGE_CALLERS callers (20) on the
// line, a 2 s restart, then a crash kept down BENCH_OUTAGE_STOP_MS (30000). Prints the
// details, then `BENCH outage calls=… dropped=… lost_events=… replay_ms=…`.

export async function benchOutage(): Promise<string[]> {
  const log = (line: string) => console.log(`bench: outage: ${line}`);
  const webhookToken = 'bench-outage-token';
  const rig = await startOutageRig({ servers: 1, webhookToken, admin: benchAdmin, log });
  try {
    const report = await runOutageDrill({
      postgres: rig.postgres,
      databaseUrl: rig.databaseUrl,
      servers: rig.baseUrls,
      dialed: rig.dialed,
      webhookToken,
      callers: Number(process.env.BENCH_OUTAGE_CALLERS ?? 20),
      thinkMs: 1500,
      restartDownMs: 2000,
      stopMs: Number(process.env.BENCH_OUTAGE_STOP_MS ?? 30_000),
      log,
    });
    const s = summarizeOutage(report);
    return [
      `bench: outage: ${s.calls} calls, ${s.dropped} dropped, ${s.wrong} answered off the flow, ${s.unacknowledgedSummaries} summaries refused; ` +
        `${report.stored.acknowledged} events acknowledged, ${s.lostEvents} not stored; ${s.misplacedSessions} sessions not where their last reply left them; ` +
        `dropped by phase: ${describeDrops(report)}${report.replay.note ? `; replay: ${report.replay.note}` : ''}`,
      outageBenchLine(report),
    ];
  } finally {
    await rig.close();
  }
}
