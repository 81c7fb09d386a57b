import { describe, expect, it } from 'vitest';
import { ctx, stepNow, voice } from '../../testing/builders';
import { sayNode } from './definition';

describe('say step', () => {
  it('emits say with only text and voice when nothing optional is set, then continues on next', () => {
    expect(stepNow(sayNode, { text: 'Hello', voiceProfile: voice }, ctx())).toEqual({
      type: 'continue',
      output: 'next',
      actions: [{ action: 'say', params: { text: 'Hello', voiceProfile: voice } }],
    });
  });

  it('includes repetition and speed when set', () => {
    const result = stepNow(sayNode, { text: 'Hello', voiceProfile: voice, repetition: 3, speed: 0.5 }, ctx());
    expect(result).toEqual({
      type: 'continue',
      output: 'next',
      actions: [{ action: 'say', params: { text: 'Hello', voiceProfile: voice, repetition: 3, speed: 0.5 } }],
    });
  });

  it('interpolates the text', () => {
    const result = stepNow(sayNode, 
      { text: 'You {{caller}} called {{dialed}}, pressed {{digits}}, chose {{vars.choice}}{{vars.none}}{{oops}}.', voiceProfile: voice },
      ctx({ caller: '+6591110000', dialed: '+6562220000', digits: '7', vars: { choice: 'pizza' } }),
    );
    expect(result.type === 'continue' && result.actions).toEqual([
      { action: 'say', params: { text: 'You +6591110000 called +6562220000, pressed 7, chose pizza.', voiceProfile: voice } },
    ]);
  });

  it('has one output and templated text, and does not wait', () => {
    const data = { text: 'x {{caller}}', voiceProfile: voice };
    expect(sayNode.outputs(data)).toEqual(['next']);
    expect(sayNode.templated(data)).toEqual(['x {{caller}}']);
    expect(sayNode.waits).toBe(false);
    expect(sayNode.resume).toBeUndefined();
  });
});
