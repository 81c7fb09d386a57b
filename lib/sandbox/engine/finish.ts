import { sessionStatusMeaning } from '@/lib/eightbyeight/status-codes';
import type { SandboxCall } from './call';
import { deliver } from './deliver';
import type { LegStatus } from './legs';
import { vcsBody, vssBody } from './webhook-bodies';

export type SessionStatus = 'COMPLETED' | 'BUSY' | 'NO_ANSWER' | 'FAILED' | 'CANCELED' | 'ERROR';

/**
 * Ends every leg still up (a disconnect status each), then sends the session summary
 * once and closes the transcript with its `ended` entry.
 */
export async function finish(call: SandboxCall, status: SessionStatus, error?: { errorCode: number; errorMsg: string }): Promise<void> {
  const now = new Date();
  call.waitingForDigits = false;
  for (const leg of [call.legs.callA, call.legs.callB]) {
    if (!leg || leg.disconnectedAt) continue;
    leg.disconnectedAt = now;
    leg.status ??= legStatusFor(status, leg.connectedAt !== null);
    await deliver(call, 'VCS', vcsBody(call, leg, 'CALL_DISCONNECTED', now));
  }
  call.finalStatus = status === 'COMPLETED' && call.bridgeFailure ? call.bridgeFailure : status;
  call.errorDetails = error ?? null;
  await deliver(call, 'VSS', vssBody(call, now));
  call.record({ kind: 'ended', status: call.finalStatus, text: sessionStatusMeaning(call.finalStatus) });
  call.markEnded();
}

function legStatusFor(status: SessionStatus, connected: boolean): LegStatus {
  if (status === 'ERROR') return 'FAILED';
  if (connected) return 'COMPLETED';
  return status === 'COMPLETED' ? 'CANCELED' : status;
}
