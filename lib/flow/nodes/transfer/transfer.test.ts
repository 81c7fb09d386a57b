import { describe, expect, it } from 'vitest';
import { ctx, stepNow } from '../../testing/builders';
import { afterCallOutput, transferNode } from './definition';

describe('transfer step', () => {
  it('emits makeCall and waits; callRecording omitted when unset', () => {
    expect(stepNow(transferNode, { source: '+6562220000', destination: '+6531589338' }, ctx())).toEqual({
      type: 'wait',
      actions: [{ action: 'makeCall', params: { source: '+6562220000', destination: '+6531589338' } }],
    });
  });

  it.each([true, false])('includes callRecording %s when set', (callRecording) => {
    expect(stepNow(transferNode, { source: '+6562220000', destination: '+6531589338', callRecording }, ctx())).toEqual({
      type: 'wait',
      actions: [{ action: 'makeCall', params: { source: '+6562220000', destination: '+6531589338', callRecording } }],
    });
  });

  it('interpolates source and destination', () => {
    const result = stepNow(transferNode, 
      { source: '{{dialed}}', destination: '{{vars.agent}}' },
      ctx({ dialed: '+6562220000', vars: { agent: '+6598765432' } }),
    );
    expect(result).toEqual({
      type: 'wait',
      actions: [{ action: 'makeCall', params: { source: '+6562220000', destination: '+6598765432' } }],
    });
  });

  it('waits, has the single "after" output and always resumes there', () => {
    const data = { source: '{{dialed}}', destination: '{{caller}}' };
    expect(transferNode.waits).toBe(true);
    expect(transferNode.outputs(data)).toEqual([afterCallOutput]);
    expect(afterCallOutput).toBe('after');
    expect(transferNode.resume?.(data, null)).toBe('after');
    expect(transferNode.resume?.(data, '5')).toBe('after');
    expect(transferNode.templated(data)).toEqual(['{{caller}}', '{{dialed}}']);
  });

  it('defaults the caller id to the dialed number', () => {
    expect(transferNode.defaults()).toEqual({ destination: '', source: '{{dialed}}' });
  });
});
