import { describe, expect, it } from 'vitest';
import { busyKeys, oneAtATime } from './one-at-a-time';

const tick = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe('oneAtATime', () => {
  it('runs the work of one key in order, one at a time', async () => {
    const log: string[] = [];
    let running = 0;
    let most = 0;
    const job = (name: string, ms: number) =>
      oneAtATime('campaign-1', async () => {
        running += 1;
        most = Math.max(most, running);
        log.push(`start ${name}`);
        await tick(ms);
        log.push(`end ${name}`);
        running -= 1;
        return name;
      });
    const results = await Promise.all([job('a', 20), job('b', 1), job('c', 5)]);
    expect(results).toEqual(['a', 'b', 'c']);
    expect(most).toBe(1);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  it('lets different keys run side by side', async () => {
    let running = 0;
    let most = 0;
    const job = (key: string) =>
      oneAtATime(key, async () => {
        running += 1;
        most = Math.max(most, running);
        await tick(10);
        running -= 1;
      });
    await Promise.all([job('x'), job('y'), job('z')]);
    expect(most).toBe(3);
  });

  it('goes on after a failure, which reaches only its own caller', async () => {
    const failing = oneAtATime('k', async () => {
      throw new Error('boom');
    });
    const next = oneAtATime('k', async () => 'after');
    await expect(failing).rejects.toThrow('boom');
    await expect(next).resolves.toBe('after');
  });

  it('forgets a key once its queue is empty', async () => {
    await oneAtATime('short-lived', async () => undefined);
    await tick(0);
    expect(busyKeys()).toBe(0);
  });
});
