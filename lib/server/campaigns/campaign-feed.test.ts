import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The campaign's view, as the feed's only reader of it sees it.
const reads = vi.hoisted(() => ({ count: 0, view: { status: 'RUNNING', dialed: 0 } as Record<string, unknown> }));
vi.mock('./get-campaign', () => ({
  getCampaign: async () => {
    reads.count += 1;
    return { ...reads.view };
  },
}));

const { watchCampaign } = await import('./campaign-feed');

describe('watchCampaign', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    reads.count = 0;
    reads.view = { status: 'RUNNING', dialed: 0 };
  });
  afterEach(() => vi.useRealTimers());

  it('reads a campaign once per tick however many watch it, passes on changed views only, and stops with the last watcher', async () => {
    const first: string[] = [];
    const second: string[] = [];
    const stopFirst = watchCampaign('c1', (json) => first.push(json));
    const stopSecond = watchCampaign('c1', (json) => second.push(json));
    await vi.advanceTimersByTimeAsync(0);
    expect(reads.count).toBe(1);
    expect(first).toEqual(['{"status":"RUNNING","dialed":0}']);
    expect(second).toEqual(first);

    await vi.advanceTimersByTimeAsync(1600); // three more reads, no change: nothing sent
    expect(reads.count).toBe(4);
    expect(first).toHaveLength(1);

    reads.view = { status: 'RUNNING', dialed: 1 };
    await vi.advanceTimersByTimeAsync(500);
    expect(first.at(-1)).toBe('{"status":"RUNNING","dialed":1}');
    expect(second).toEqual(first);

    // A late watcher gets the current view at once, without a read of its own.
    const late: string[] = [];
    const stopLate = watchCampaign('c1', (json) => late.push(json));
    expect(late).toEqual(['{"status":"RUNNING","dialed":1}']);

    stopFirst();
    stopLate();
    const before = reads.count;
    await vi.advanceTimersByTimeAsync(1000);
    expect(reads.count).toBeGreaterThan(before); // one watcher left: still read
    stopSecond();
    const atStop = reads.count;
    await vi.advanceTimersByTimeAsync(5000);
    expect(reads.count).toBe(atStop);
  });

  it('keeps a reader per campaign', async () => {
    const stopA = watchCampaign('a', () => {});
    const stopB = watchCampaign('b', () => {});
    await vi.advanceTimersByTimeAsync(0);
    expect(reads.count).toBe(2);
    stopA();
    await vi.advanceTimersByTimeAsync(500);
    expect(reads.count).toBe(3);
    stopB();
  });
});
