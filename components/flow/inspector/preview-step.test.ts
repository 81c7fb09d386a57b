import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CallContext } from '@/lib/flow/call-context';
import { nodeRegistry, type NodeDataOf, type NodeKind } from '@/lib/flow/registry';
import { settledNow } from '@/lib/flow/testing/builders';
import { previewStep, sampleContext } from './preview-step';

const previewNow = <K extends NodeKind>(kind: K, nodeId: string, data: NodeDataOf<K>, ctx?: CallContext) => settledNow(previewStep(kind, nodeId, data, ctx));

describe('previewStep', () => {
  it('shows a Say step’s action with the sample call’s variables filled in', () => {
    const preview = previewNow('say', 'say_1', { text: 'You called from {{caller}}', voiceProfile: 'en-GB-Emma' });
    expect(preview).toEqual({
      type: 'continue',
      output: 'next',
      actions: [{ action: 'say', params: { text: 'You called from +6591234567', voiceProfile: 'en-GB-Emma' } }],
    });
  });

  it('ends a menu’s reply with its clientActionId and lists what each press does', () => {
    const preview = previewNow('menu', 'main', { ...nodeRegistry.menu.defaults(), promptMessage: 'Press 1' });
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
    const transfer = previewNow('transfer', 't', { destination: '+6531589338', source: '{{dialed}}' });
    expect(transfer.type === 'wait' && transfer.presses).toEqual([{ digits: null, output: 'after' }]);
    const closed = previewNow('businessHours', 'bh', { ...nodeRegistry.businessHours.defaults(), schedule: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] } });
    expect(closed).toEqual({ type: 'continue', actions: [], output: 'closed' });
    expect(previewNow('setVariable', 'v', { name: 'who', value: '{{caller}}' }, sampleContext())).toEqual({
      type: 'continue',
      actions: [],
      output: 'next',
      vars: { who: '+6591234567' },
    });
  });

  afterEach(() => vi.restoreAllMocks());

  it('waits for a step that needs I/O, and shows its failure as the step’s problem', async () => {
    vi.spyOn(nodeRegistry.say, 'step').mockImplementationOnce(async () => ({ type: 'continue', output: 'next', vars: { balance: '12' } }));
    const pending = previewStep('say', 's', nodeRegistry.say.defaults());
    expect(pending).toBeInstanceOf(Promise);
    expect(await pending).toEqual({ type: 'continue', actions: [], output: 'next', vars: { balance: '12' } });
    vi.spyOn(nodeRegistry.say, 'step').mockImplementationOnce(() => Promise.reject(new Error('Requests are not made here')));
    expect(await previewStep('say', 's', nodeRegistry.say.defaults())).toEqual({ type: 'error', message: 'Requests are not made here' });
  });
});
