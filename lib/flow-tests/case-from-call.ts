import { vcaReply, type CallflowAction } from '@/lib/eightbyeight/callflow';
import type { TestCaseSpec } from './test-case';

/** What a call's stored webhook events tell (call_event rows of kind VCA, in arrival order). */
export type RecordedEvent = {
  dtmf: string | null;
  reply: unknown;
  walkedNodes: readonly string[];
};

export type RecordedCall = { caller: string; dialed: string; startedAt: Date };

const spoken = (action: CallflowAction) =>
  action.action === 'say' ? action.params.text : action.action === 'sayAndCapture' ? action.params.promptMessage : null;

/**
 * A test case that expects what happened on a call: its numbers and time, the digits pressed
 * at each prompt, the steps walked, what was said and how the call ended (left out when the
 * caller hung up at a prompt). A flow's data dips are not recorded: add their mocks by hand.
 */
export function caseFromCall(call: RecordedCall, events: readonly RecordedEvent[]): TestCaseSpec {
  const presses: (string | null)[] = [];
  const steps: string[] = [];
  const says: string[] = [];
  let last: CallflowAction | undefined;
  for (const event of events) {
    // A callback after a transfer is the bridged call ending: the case stops at the transfer.
    if (last?.action === 'makeCall') break;
    const reply = vcaReply.safeParse(event.reply);
    if (!reply.success) continue;
    // Every reply after the first answers a callback: the digits captured at the prompt it left.
    if (last !== undefined) {
      if (last.action !== 'sayAndCapture') continue;
      presses.push(event.dtmf || null);
    }
    steps.push(...event.walkedNodes);
    for (const action of reply.data.callflow) {
      const text = spoken(action);
      if (text) says.push(text);
    }
    last = reply.data.callflow.at(-1);
  }
  const end =
    last?.action === 'makeCall'
      ? { kind: 'transfer' as const, to: last.params.destination }
      : last?.action === 'hangup'
        ? { kind: 'hangup' as const }
        : undefined;
  return {
    caller: call.caller,
    dialed: call.dialed,
    presses,
    now: call.startedAt.toISOString(),
    mocks: {},
    expect: { steps, says, ...(end && { end }) },
  };
}
