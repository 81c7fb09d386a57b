import { describe, expect, it } from 'vitest';
import { indexFlow } from '@/lib/flow/flow-index';
import { doc, e, hangup, menu, say, start, transfer } from '@/lib/flow/testing/builders';
import { caseFromCall, type RecordedEvent } from './case-from-call';
import { firstDifference } from './first-difference';
import { runTestCase } from './run-test-case';

const call = { caller: '+6590000000', dialed: '+6562220000', startedAt: new Date('2026-03-02T02:00:00Z') };
const prompt = { action: 'sayAndCapture', params: { promptMessage: 'Press 1 for sales', voiceProfile: 'v' } };

describe('caseFromCall', () => {
  it('records the presses, steps, speech and a transfer end, ignoring the bridged call ending', () => {
    const events: RecordedEvent[] = [
      { dtmf: null, walkedNodes: ['start', 'hello', 'main'], reply: { callflow: [{ action: 'say', params: { text: 'Hi', voiceProfile: 'v' } }, prompt] } },
      { dtmf: '1', walkedNodes: ['sales'], reply: { callflow: [{ action: 'makeCall', params: { source: '+1', destination: '+6560001111' } }] } },
      { dtmf: null, walkedNodes: [], reply: { callflow: [{ action: 'hangup' }] } },
    ];
    expect(caseFromCall(call, events)).toEqual({
      caller: '+6590000000',
      dialed: '+6562220000',
      presses: ['1'],
      now: '2026-03-02T02:00:00.000Z',
      mocks: {},
      expect: { steps: ['start', 'hello', 'main', 'sales'], says: ['Hi', 'Press 1 for sales'], end: { kind: 'transfer', to: '+6560001111' } },
    });
  });

  it('records no input as null, a hangup end, and leaves the end out when the caller hung up at a prompt', () => {
    const again: RecordedEvent = { dtmf: '', walkedNodes: ['main'], reply: { callflow: [prompt] } };
    const first: RecordedEvent = { dtmf: null, walkedNodes: ['start', 'main'], reply: { callflow: [prompt] } };
    expect(caseFromCall(call, [first, again])).toMatchObject({ presses: [null], expect: { steps: ['start', 'main', 'main'] } });
    expect(caseFromCall(call, [first, again]).expect.end).toBeUndefined();
    const bye: RecordedEvent = { dtmf: '2', walkedNodes: ['end'], reply: { callflow: [{ action: 'hangup' }] } };
    expect(caseFromCall(call, [first, bye]).expect.end).toEqual({ kind: 'hangup' });
  });

  it('makes a case the same flow passes', async () => {
    const index = indexFlow(
      doc(
        [start(), menu('main', ['1', '2'], { promptMessage: 'Press 1 for sales' }), transfer('sales', '+6560001111'), say('bye', 'Bye'), hangup('end')],
        [e('start', 'next', 'main'), e('main', '1', 'sales'), e('main', '2', 'bye'), e('bye', 'next', 'end')],
      ),
    );
    const recorded = caseFromCall(call, [
      { dtmf: null, walkedNodes: ['start', 'main'], reply: { callflow: [prompt] } },
      { dtmf: '2', walkedNodes: ['bye', 'end'], reply: { callflow: [{ action: 'say', params: { text: 'Bye', voiceProfile: 'v' } }, { action: 'hangup' }] } },
    ]);
    const outcome = await runTestCase(index, recorded, { now: new Date() });
    expect(firstDifference(index, recorded, outcome.call)).toBeNull();
  });
});
