import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CallbackRow } from './parse-callback-csv';
import { createBatchControl, runBatch, type BatchResult } from './run-batch';

const row = (n: number, problem: string | null = null): CallbackRow => ({ row: n, raw: `+659100000${n}`, number: `+659100000${n}`, vars: {}, problem });
const created = (r: CallbackRow): BatchResult => ({ row: r.row, number: r.number, outcome: 'created', sessionId: `s${r.row}`, reason: null });

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function start(rows: CallbackRow[], ratePerMinute: number, launch = async (r: CallbackRow) => created(r)) {
  const control = createBatchControl();
  const results: BatchResult[] = [];
  const launches: number[] = [];
  const done = runBatch({
    rows,
    ratePerMinute,
    control,
    onResult: (r) => results.push(r),
    launch: (r) => {
      launches.push(Date.now());
      return launch(r);
    },
  });
  return { control, results, launches, done };
}

describe('runBatch', () => {
  it('launches one row after another at the rate, reporting invalid rows as skipped', async () => {
    const t0 = Date.now();
    const run = start([row(2), row(3, 'row 3: +12 is not an E.164 number'), row(4), row(5)], 60);
    await vi.runAllTimersAsync();
    await run.done;
    expect(run.results.map((r) => [r.row, r.outcome])).toEqual([
      [2, 'created'],
      [3, 'skipped'],
      [4, 'created'],
      [5, 'created'],
    ]);
    expect(run.results[1]?.reason).toBe('row 3: +12 is not an E.164 number');
    expect(run.launches.map((t) => t - t0)).toEqual([0, 1000, 2000]);
  });

  it('records a failed launch and goes on', async () => {
    const run = start([row(2), row(3), row(4)], 600, async (r) => {
      if (r.row === 3) throw new Error('The server cannot be reached');
      return created(r);
    });
    await vi.runAllTimersAsync();
    await run.done;
    expect(run.results.map((r) => [r.row, r.outcome, r.reason])).toEqual([
      [2, 'created', null],
      [3, 'failed', 'Not called: The server cannot be reached'],
      [4, 'created', null],
    ]);
  });

  it('pauses before the next launch and resumes without waiting again for time already passed', async () => {
    const run = start([row(2), row(3)], 1);
    await vi.advanceTimersByTimeAsync(10);
    expect(run.results).toHaveLength(1);
    run.control.pause();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(run.results).toHaveLength(1);
    run.control.resume();
    await vi.advanceTimersByTimeAsync(0);
    await run.done;
    expect(run.results).toHaveLength(2);
  });

  it('stops at once when cancelled, even mid-wait', async () => {
    const run = start([row(2), row(3), row(4)], 1);
    await vi.advanceTimersByTimeAsync(10);
    run.control.cancel();
    await run.done;
    expect(run.results.map((r) => r.row)).toEqual([2]);
  });

  it('cancelling a paused batch ends it', async () => {
    const run = start([row(2), row(3)], 1);
    await vi.advanceTimersByTimeAsync(10);
    run.control.pause();
    await vi.advanceTimersByTimeAsync(70_000);
    run.control.cancel();
    await run.done;
    expect(run.results).toHaveLength(1);
  });
});
