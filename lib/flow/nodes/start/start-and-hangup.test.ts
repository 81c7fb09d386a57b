import { describe, expect, it } from 'vitest';
import { ctx, stepNow } from '../../testing/builders';
import { hangupNode } from '../hangup/definition';
import { startNode } from './definition';

describe('start step', () => {
  it('emits nothing and continues on next', () => {
    expect(stepNow(startNode, {}, ctx())).toEqual({ type: 'continue', output: 'next' });
    expect(startNode.outputs({})).toEqual(['next']);
    expect(startNode.waits).toBe(false);
  });

  it('stores no data', () => {
    expect(startNode.data.safeParse({}).success).toBe(true);
    expect(startNode.data.safeParse({ extra: 1 }).success).toBe(false);
  });
});

describe('hangup step', () => {
  it('ends the call with a bare hangup and has no outputs', () => {
    expect(stepNow(hangupNode, {}, ctx())).toEqual({ type: 'end', actions: [{ action: 'hangup' }] });
    expect(hangupNode.outputs({})).toEqual([]);
    expect(hangupNode.waits).toBe(false);
  });
});
