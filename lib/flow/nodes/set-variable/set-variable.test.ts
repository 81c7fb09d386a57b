import { describe, expect, it } from 'vitest';
import { ctx, stepNow } from '../../testing/builders';
import { setVariableNode } from './definition';

describe('setVariable step', () => {
  it('emits no action and sets the interpolated value', () => {
    expect(stepNow(setVariableNode, { name: 'choice', value: 'pressed {{digits}} from {{caller}}' }, ctx({ digits: '2', caller: '+6591110000' }))).toEqual({
      type: 'continue',
      output: 'next',
      vars: { choice: 'pressed 2 from +6591110000' },
    });
  });

  it('can build on another variable', () => {
    const result = stepNow(setVariableNode, { name: 'b', value: '{{vars.a}}!' }, ctx({ vars: { a: 'x' } }));
    expect(result.type === 'continue' && result.vars).toEqual({ b: 'x!' });
  });

  it('has one output, templates its value and does not wait', () => {
    expect(setVariableNode.outputs({ name: 'a', value: 'v' })).toEqual(['next']);
    expect(setVariableNode.templated({ name: 'a', value: '{{digits}}' })).toEqual(['{{digits}}']);
    expect(setVariableNode.waits).toBe(false);
  });
});
