import type { SandboxCall } from './call';

/** A session as the control API shows it. */
export function describeCall(call: SandboxCall) {
  return {
    sessionId: call.sessionId,
    direction: call.direction === 'INBOUND' ? 'inbound' : 'outbound',
    from: call.from,
    to: call.to,
    status: call.status,
    /** The session summary's status once ended (COMPLETED, BUSY, …); null while the call runs. */
    outcome: call.finalStatus,
    waitingForDigits: call.waitingForDigits,
    transcript: call.transcript,
  };
}
export type CallView = ReturnType<typeof describeCall>;
