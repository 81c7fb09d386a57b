import type { CallflowAction } from '@/lib/eightbyeight/callflow';
import type { CallContext } from '@/lib/flow/call-context';
import { compileResume, compileStart, walkOf, type CompiledReply } from '@/lib/flow/compile';
import type { FlowIndex } from '@/lib/flow/flow-index';
import { mockedServices } from './mocked-services';
import type { TestCaseSpec } from './test-case';

/** How a simulated call ended: hung up, transferred, or still waiting at a prompt when the presses ran out. */
export type CallEnd = { kind: 'hangup' } | { kind: 'transfer'; to: string } | { kind: 'waiting'; nodeId: string };

/** What happened on a test case's simulated call. */
export type CallRecord = {
  /** Node ids arrived at, in order (a prompt answered is not counted again). */
  steps: string[];
  /** What the caller heard, one entry per say or prompt. */
  said: string[];
  end: CallEnd;
  /** How many of the case's presses were used. */
  pressesUsed: number;
};

export type RunOptions = {
  /** The time of the call when the case does not mock one. */
  now: Date;
  publicBaseUrl?: string;
};

/** The engine refused to go on (a loop that never waits, a missing mock): the message says why. */
export type RunOutcome = { ok: true; call: CallRecord } | { ok: false; error: string; call: CallRecord };

const versionId = 'flow-test';

function spokenBy(action: CallflowAction): string | null {
  if (action.action === 'say') return action.params.text;
  if (action.action === 'sayAndCapture') return action.params.promptMessage;
  return null;
}

/** Walks the real engine through the case's presses: the same compile steps a live call takes. */
export async function runTestCase(index: FlowIndex, spec: TestCaseSpec, options: RunOptions): Promise<RunOutcome> {
  const services = mockedServices(spec.mocks);
  const call: CallRecord = { steps: [], said: [], end: { kind: 'hangup' }, pressesUsed: 0 };
  let ctx: CallContext = {
    caller: spec.caller,
    dialed: spec.dialed,
    digits: null,
    vars: {},
    now: spec.now ? new Date(spec.now) : options.now,
    publicBaseUrl: options.publicBaseUrl ?? 'https://ivr-studio.invalid',
  };
  const take = (reply: CompiledReply) => {
    call.steps.push(...walkOf(reply).walkedNodes);
    for (const action of reply.reply.callflow) {
      const spoken = spokenBy(action);
      if (spoken !== null) call.said.push(spoken);
    }
    ctx = { ...ctx, vars: reply.vars };
  };
  try {
    let reply: CompiledReply = await compileStart(index, ctx, versionId, services);
    take(reply);
    while (reply.waitingAt !== null) {
      const last = reply.reply.callflow.at(-1);
      if (last?.action === 'makeCall') {
        call.end = { kind: 'transfer', to: last.params.destination };
        return { ok: true, call };
      }
      if (call.pressesUsed >= spec.presses.length) {
        call.end = { kind: 'waiting', nodeId: reply.waitingAt };
        return { ok: true, call };
      }
      const digits = spec.presses[call.pressesUsed++] ?? null;
      reply = await compileResume(index, reply.waitingAt, { ...ctx, digits }, versionId, services);
      take(reply);
    }
    call.end = { kind: 'hangup' };
    return { ok: true, call };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error), call };
  }
}
