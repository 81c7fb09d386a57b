import type { CallbackRow } from './parse-callback-csv';

export type BatchResult = {
  row: number;
  number: string;
  outcome: 'created' | 'failed' | 'skipped';
  sessionId: string | null;
  /** Why the row was not called, in words. */
  reason: string | null;
};

export type BatchControl = ReturnType<typeof createBatchControl>;

/** Pause, resume and cancel for a running batch; its waits end early on cancel. */
export function createBatchControl() {
  let paused = false;
  let cancelled = false;
  const onResume = new Set<() => void>();
  const onCancel = new Set<() => void>();
  const fire = (set: Set<() => void>) => {
    for (const wake of [...set]) wake();
  };
  return {
    get paused() {
      return paused;
    },
    get cancelled() {
      return cancelled;
    },
    pause() {
      if (!cancelled) paused = true;
    },
    resume() {
      paused = false;
      fire(onResume);
    },
    cancel() {
      cancelled = true;
      paused = false;
      fire(onCancel);
      fire(onResume);
    },
    /** Waits `ms`, or less if the batch is cancelled meanwhile (a resume does not cut it short). */
    sleep(ms: number): Promise<void> {
      if (ms <= 0 || cancelled) return Promise.resolve();
      return new Promise((resolve) => {
        const done = () => {
          clearTimeout(timer);
          onCancel.delete(done);
          resolve();
        };
        const timer = setTimeout(done, ms);
        onCancel.add(done);
      });
    },
    async waitWhilePaused(): Promise<void> {
      while (paused && !cancelled) {
        await new Promise<void>((resolve) => {
          const done = () => {
            onResume.delete(done);
            resolve();
          };
          onResume.add(done);
        });
      }
    },
  };
}

/**
 * Launches the rows one after another, starting at most `ratePerMinute` per minute.
 * Invalid rows are reported as skipped; a launch that fails (or throws) is reported and
 * the batch goes on. Stops before the next row once cancelled.
 */
export async function runBatch(o: {
  rows: CallbackRow[];
  ratePerMinute: number;
  launch: (row: CallbackRow) => Promise<BatchResult>;
  control: BatchControl;
  onResult: (result: BatchResult) => void;
  now?: () => number;
}): Promise<void> {
  const now = o.now ?? Date.now;
  const intervalMs = 60_000 / o.ratePerMinute;
  let lastStart: number | null = null;
  for (const row of o.rows) {
    if (o.control.cancelled) return;
    if (row.problem) {
      o.onResult({ row: row.row, number: row.raw, outcome: 'skipped', sessionId: null, reason: row.problem });
      continue;
    }
    await o.control.waitWhilePaused();
    if (lastStart !== null) await o.control.sleep(lastStart + intervalMs - now());
    await o.control.waitWhilePaused();
    if (o.control.cancelled) return;
    lastStart = now();
    o.onResult(await o.launch(row).catch((error: unknown) => failed(row, error)));
  }
}

function failed(row: CallbackRow, error: unknown): BatchResult {
  const reason = error instanceof Error ? error.message : String(error);
  return { row: row.row, number: row.number, outcome: 'failed', sessionId: null, reason: `Not called: ${reason}` };
}
