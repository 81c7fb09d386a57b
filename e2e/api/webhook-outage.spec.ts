import { expect, test } from '@playwright/test';
import { signedInAdmin } from '../support/isolated-server';
import { missingPostgresReason, postgresBinDir } from '../support/own-postgres';
import { runOutageDrill, type DrillReport } from '../support/outage/outage-drill';
import { startOutageRig, type OutageRig } from '../support/outage/outage-rig';
import { describeDrops, summarizeOutage } from '../support/outage/outage-summary';
import { cookieHeader } from '../support/raw-http';
import { testServer } from '../support/test-server';

// Issue 12: "a caller never notices our database". A PostgreSQL restart (2 s) and a crash
// kept down for 30 s, with 20 callers on the line: every reply is the flow's real step
// (never the apology), every event answered 200 is in the database once the servers'
// journals have drained, and the live view recovers. Each test starts a PostgreSQL of its
// own (never the shared server) and its own app servers (e2e/support/outage/).

const binaries = postgresBinDir();
// On a laptop with the embedded database there may be no PostgreSQL to start; where the
// suite runs on PostgreSQL the binaries are expected, and their absence fails the test.
test.skip(!binaries && !process.env.DATABASE_URL, `This outage test ${missingPostgresReason}`);
// One at a time: each runs a PostgreSQL, app servers and 20 callers on a shared machine.
test.describe.configure({ mode: 'default', timeout: 8 * 60_000 });

const log = (line: string) => console.log(`[outage] ${line}`);
const drill = { callers: 20, thinkMs: 1500, restartDownMs: 2000, stopMs: 30_000, webhookToken: testServer.webhookToken };

// A test that times out never reaches its `finally`: its servers and PostgreSQL go here.
let openRig: OutageRig | undefined;
test.afterAll(async () => {
  await openRig?.close();
  openRig = undefined;
});

async function withRig(servers: number, body: (rig: OutageRig) => Promise<void>) {
  const rig = await startOutageRig({ servers, webhookToken: testServer.webhookToken, admin: testServer.admin, log });
  openRig = rig;
  try {
    await body(rig);
  } finally {
    await test.info().attach('app server output', { body: rig.outputs().join('\n\n----\n\n'), contentType: 'text/plain' });
    await test.info().attach('own PostgreSQL log', { body: rig.postgres.log(), contentType: 'text/plain' });
    openRig = undefined;
    await rig.close();
  }
}

const firstFew = (lines: string[]) => lines.slice(0, 5).join('\n');

function expectNoCallerNoticed(report: DrillReport, servers: string[]) {
  const summary = summarizeOutage(report);
  log(`result: ${JSON.stringify(summary)}; dropped or wrong, by phase: ${describeDrops(report)}`);

  const dropped = report.calls.flatMap((c) => (c.dropped ? [`${c.sessionId} in ${c.dropped.phase}: ${c.dropped.outcome} (${c.dropped.detail})`] : []));
  expect.soft(dropped.length, `${dropped.length} of ${summary.calls} calls dropped:\n${firstFew(dropped)}`).toBe(0);
  const wrong = report.calls.flatMap((c) => (c.wrong ? [`${c.sessionId} in ${c.wrong.phase}: ${c.wrong.detail}`] : []));
  expect.soft(wrong.length, `${wrong.length} calls got a reply that is not the flow's step:\n${firstFew(wrong)}`).toBe(0);
  // 8x8 documents no retry of a webhook: a summary it could not deliver is a summary lost.
  const summariesRefused = report.calls.flatMap((c) => c.deliveries.filter((d) => d.kind === 'VSS' && d.httpStatus !== 200).map((d) => `${d.eventKey} in ${d.phase}: ${d.outcome} ${d.detail}`));
  expect.soft(summariesRefused.length, `${summariesRefused.length} session summaries were not acknowledged:\n${firstFew(summariesRefused)}`).toBe(0);

  servers.forEach((baseUrl, i) => {
    const samples = report.stopHealth[i] ?? [];
    const seen = [...new Set(samples.map((h) => `${h.httpStatus} ${h.status} waiting=${h.waiting}`))];
    const journaling = samples.some((h) => h.httpStatus === 200 && h.status === 'degraded' && (h.waiting ?? 0) > 0);
    expect.soft(journaling, `${baseUrl}/api/health during the stop should be 200 "degraded" with journal.waiting > 0; it answered: ${seen.join(' | ')}`).toBe(true);
  });

  expect.soft(report.replay.ms, `the journals should drain once the database is back: ${report.replay.note}`).toBeGreaterThanOrEqual(0);
  expect.soft(report.stored.missing.length, `${report.stored.missing.length} of ${report.stored.acknowledged} acknowledged events are not in call_event:\n${firstFew(report.stored.missing)}`).toBe(0);
  expect.soft(report.stored.misplaced.length, `${report.stored.misplaced.length} sessions are not where their last reply left them:\n${firstFew(report.stored.misplaced)}`).toBe(0);
}

test('a PostgreSQL restart and a 30-second outage during 20 live calls drop no call and lose no event', async () => {
  await withRig(1, async (rig) => {
    const admin = await signedInAdmin(rig.baseUrls[0]!);
    const liveHeaders = { Cookie: await cookieHeader(admin) };
    await admin.dispose();
    const report = await runOutageDrill({ ...drill, postgres: rig.postgres, databaseUrl: rig.databaseUrl, servers: rig.baseUrls, dialed: rig.dialed, liveHeaders, log });
    expectNoCallerNoticed(report, rig.baseUrls);
    expect.soft(report.liveProblem, 'the live view should recover').toBeNull();
  });
});

test("with two app servers and each call's webhooks alternating between them, the outage drops no call and loses no event", async () => {
  // A call's next webhook lands on the other server, which has not seen the call's last
  // step: it must still answer with the flow's step, and the two journals replayed in any
  // order must leave each session where its last reply put it.
  await withRig(2, async (rig) => {
    const report = await runOutageDrill({ ...drill, postgres: rig.postgres, databaseUrl: rig.databaseUrl, servers: rig.baseUrls, dialed: rig.dialed, log });
    expectNoCallerNoticed(report, rig.baseUrls);
  });
});
