import { afterEach, describe, expect, it, vi } from 'vitest';
import { addCall, clearRegistry } from '@/lib/sandbox/engine/registry';
import { fakePlatform, hangup, newCall } from '@/lib/testing/sandbox-platform';
import { setTrunkCapacity, trunkCapacity, trunkIsFull } from './trunk';

// The sandbox trunk: full when as many calls hold a channel as its capacity allows; a call
// that never got a channel (TRUNK_FULL) or has ended frees it.

const env = vi.hoisted(() => ({ SANDBOX_TRUNK_CAPACITY: undefined as number | undefined }));
vi.mock('@/lib/env', () => ({ env: () => env }));

afterEach(() => {
  clearRegistry();
  setTrunkCapacity(null);
  env.SANDBOX_TRUNK_CAPACITY = undefined;
});

const deps = () => fakePlatform(() => ({ body: { callflow: [hangup] } })).deps;

describe('the sandbox trunk', () => {
  it('is unlimited by default, SANDBOX_TRUNK_CAPACITY sets it, the API overrides it until set back to null', () => {
    expect(trunkCapacity()).toBeNull();
    addCall(newCall(deps()));
    expect(trunkIsFull()).toBe(false);
    env.SANDBOX_TRUNK_CAPACITY = 1;
    expect(trunkIsFull()).toBe(true);
    setTrunkCapacity(2);
    expect([trunkCapacity(), trunkIsFull()]).toEqual([2, false]);
    setTrunkCapacity(0);
    expect(trunkIsFull()).toBe(true);
    setTrunkCapacity(null);
    expect(trunkCapacity()).toBe(1);
  });

  it('counts the calls playing that hold a channel', () => {
    setTrunkCapacity(1);
    addCall(newCall(deps(), { outcome: 'TRUNK_FULL' }));
    expect(trunkIsFull()).toBe(false);
    const playing = newCall(deps());
    addCall(playing);
    expect(trunkIsFull()).toBe(true);
    playing.markEnded();
    expect(trunkIsFull()).toBe(false);
  });
});
