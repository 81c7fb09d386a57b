import { describe, expect, it } from 'vitest';
import { nodeRegistry } from '@/lib/flow/registry';
import { previewStep, sampleContext } from './preview-step';

describe('previewStep', () => {
  it('shows a Say step’s action with the sample call’s variables filled in', () => {
    const preview = previewStep('say', 'say_1', { text: 'You called from {{caller}}', voiceProfile: 'en-GB-Emma' });
    expect(preview).toEqual({
      type: 'continue',
      output: 'next',
      actions: [{ action: 'say', params: { text: 'You called from +6591234567', voiceProfile: 'en-GB-Emma' } }],
    });
  });

  it('ends a menu’s reply with its clientActionId and lists what each press does', () => {
    const preview = previewStep('menu', 'main', { ...nodeRegistry.menu.defaults(), promptMessage: 'Press 1' });
    expect(preview.type).toBe('wait');
    if (preview.type !== 'wait') return;
    expect(preview.reply.clientActionId).toBe('<version>:main');
    expect(preview.reply.callflow[0]?.action).toBe('sayAndCapture');
    expect(preview.presses).toEqual([
      { digits: '1', output: '1' },
      { digits: '2', output: '2' },
      { digits: '0', output: 'invalid' },
      { digits: null, output: 'noInput' },
    ]);
  });

  it('resumes a transfer after the call, and takes a logic step’s output now', () => {
    const transfer = previewStep('transfer', 't', { destination: '+6531589338', source: '{{dialed}}' });
    expect(transfer.type === 'wait' && transfer.presses).toEqual([{ digits: null, output: 'after' }]);
    const closed = previewStep('businessHours', 'bh', { ...nodeRegistry.businessHours.defaults(), schedule: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] } });
    expect(closed).toEqual({ type: 'continue', actions: [], output: 'closed' });
    expect(previewStep('setVariable', 'v', { name: 'who', value: '{{caller}}' }, sampleContext())).toEqual({
      type: 'continue',
      actions: [],
      output: 'next',
      vars: { who: '+6591234567' },
    });
  });
});
