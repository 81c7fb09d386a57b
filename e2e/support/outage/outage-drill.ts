import { pause } from '../../../scripts/bench/simulated-call';
import type { OwnPostgres } from '../own-postgres';
import { learnFlowSteps } from './flow-steps';
import { waitForDrain, watchHealth, type Health } from './health-watch';
import { followLiveCalls } from './live-follower';
import { liveViewRecovers } from './live-probe';
import { placeCall, type CallRecord } from './outage-caller';
import { checkStored, type StoredCheck } from './stored-events';

// Issue 12's drill: `callers` people on the line at once, each placing call after call
// through the restaurant menus; PostgreSQL restarted (down `restartDownMs`), later
// crashed and kept down `stopMs`; then the journal must drain and hold everything.
//
//   before ─ restart ─ between ─ stop (30 s) ─ recovery (replay) ─ after ─ callers finish

export type DrillOptions = {
  postgres: OwnPostgres;
  databaseUrl: string;
  servers: string[];
  dialed: string;
  webhookToken: string;
  callers: number;
  /** Mean pause before each key press (±50%). */
  thinkMs: number;
  restartDownMs: number;
  stopMs: number;
  /** Headers of a signed-in user: then the live view is followed through the outage and must recover. */
  liveHeaders?: Record<string, string>;
  log: (line: string) => void;
};

export type DrillReport = {
  calls: CallRecord[];
  /** Each server's health, polled while the database was stopped. */
  stopHealth: Health[][];
  /** From the database being back until every journal was empty; -1 (with a note) when it never emptied. */
  replay: { ms: number; note: string | null };
  stored: StoredCheck;
  /** null when the live view delivered a change for a call made after recovery, else why not. */
  liveProblem: string | null;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const drainDeadlineMs = 120_000;

export async function runOutageDrill(o: DrillOptions): Promise<DrillReport> {
  const started = Date.now();
  let phase = 'before';
  const calls: CallRecord[] = [];
  const enter = (next: string, what: string) => {
    phase = next;
    const dropped = calls.filter((c) => c.dropped).length;
    o.log(`+${((Date.now() - started) / 1000).toFixed(1)} s ${next}: ${what} (${calls.length} calls finished so far, ${dropped} dropped)`);
  };

  const steps = await learnFlowSteps({ servers: o.servers, token: o.webhookToken, dialed: o.dialed, databaseUrl: o.databaseUrl });
  o.log(`learned ${steps.size} steps of the restaurant flow from reference calls`);
  const live = o.liveHeaders ? followLiveCalls(o.servers[0]!, o.liveHeaders) : null;

  let calling = true;
  const context = { servers: o.servers, token: o.webhookToken, dialed: o.dialed, steps, thinkMs: o.thinkMs, phase: () => phase };
  const callers = Array.from({ length: o.callers }, async () => {
    await pause(o.thinkMs); // callers do not ring in step
    while (calling) {
      const began = Date.now();
      const call = await placeCall(context);
      calls.push(call);
      // The next call comes when this one would have ended: calls arrive at the same pace
      // whether or not they are dropped, so the figures of a good and a bad run compare.
      const until = began + call.plannedMs;
      while (calling && Date.now() < until) await sleep(250);
      await pause(o.thinkMs);
    }
  });

  try {
    enter('before', `${o.callers} callers on the line, pausing ~${o.thinkMs} ms before each key`);
    await sleep(6000);
    enter('restart', `restarting PostgreSQL (down ${o.restartDownMs} ms)`);
    const { stoppingMs, startingMs } = await o.postgres.restart({ downMs: o.restartDownMs });
    enter('between', `PostgreSQL is back (stopping took ${stoppingMs} ms, then down ${o.restartDownMs} ms, starting ${startingMs} ms)`);
    await sleep(8000);

    enter('stop', `PostgreSQL crashed (immediate stop), down for ${o.stopMs} ms`);
    await o.postgres.stop('immediate');
    const health = watchHealth(o.servers);
    await sleep(o.stopMs);
    await health.stop();
    const starting = Date.now();
    await o.postgres.start();
    enter('recovery', `PostgreSQL is back (starting, with crash recovery, took ${Date.now() - starting} ms); waiting for every journal to drain`);
    const replay = await waitForDrain(o.servers, drainDeadlineMs);
    o.log(replay.ms >= 0 ? `journals drained ${replay.ms} ms after the database came back` : `journals did not drain: ${replay.note}`);

    enter('after', 'calls go on with the database back');
    const liveProblem = live ? await liveViewRecovers({ live, server: o.servers[0]!, token: o.webhookToken, dialed: o.dialed }) : null;
    if (live) o.log(liveProblem ? `live view: ${liveProblem}` : 'live view: the stream open since before the outage delivered a change of a call made after recovery');
    await sleep(8000);
    calling = false;
    enter('finishing', 'callers finish their calls');
    await Promise.all(callers);
    // Anything journaled since (a server that had not caught up) must drain too.
    const final = await waitForDrain(o.servers, drainDeadlineMs);
    if (final.ms < 0) o.log(`after the last call, journals did not drain: ${final.note}`);

    const stored = await checkStored(o.databaseUrl, calls);
    enter('done', `${stored.acknowledged} events acknowledged, ${stored.missing.length} of them not stored`);
    return { calls, stopHealth: health.samples, replay, stored, liveProblem };
  } finally {
    // Also when a step throws: no caller may go on calling into the next test.
    calling = false;
    await live?.close();
  }
}
