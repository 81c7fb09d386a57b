import type { MakeCallAction } from '@/lib/eightbyeight/callflow';
import type { SandboxCall } from './call';
import { deliver } from './deliver';
import { newLeg } from './legs';
import { timing } from './timing';
import { vcsBody } from './webhook-bodies';

/**
 * A makeCall once the caller is on the line: callB rings, the agent answers, talks
 * and hangs up. A registered party for the agent's number may refuse (BUSY, …).
 */
export async function bridge(call: SandboxCall, params: MakeCallAction['params']): Promise<void> {
  const leg = newLeg('OUTBOUND', params.source, params.destination, new Date());
  call.legs.callB = leg;
  call.record({ kind: 'transfer', text: `Connecting to ${params.destination}`, status: 'ringing' });
  await deliver(call, 'VCS', vcsBody(call, leg, 'CALL_INITIATED'));
  const outcome = call.deps.bridgeOutcome?.(params.destination) ?? 'ANSWERED';
  if (outcome === 'BUSY' || outcome === 'NO_ANSWER' || outcome === 'FAILED') {
    await call.wait(outcome === 'NO_ANSWER' ? timing.noAnswerRingMs : timing.refusedMs);
    leg.status = outcome;
    leg.disconnectedAt = new Date();
    call.bridgeFailure = outcome;
    await deliver(call, 'VCS', vcsBody(call, leg, 'CALL_DISCONNECTED'));
    call.record({ kind: 'bridge-ended', status: outcome, text: `${params.destination} did not connect (${outcome})` });
    return;
  }
  await call.wait(timing.bridgeRingMs);
  leg.connectedAt = new Date();
  await deliver(call, 'VCS', vcsBody(call, leg, 'CALL_CONNECTED'));
  call.record({ kind: 'status', status: 'bridged', text: `Talking to ${params.destination}` });
  await call.wait(timing.bridgeTalkMs);
  leg.status = 'COMPLETED';
  leg.disconnectedAt = new Date();
  await deliver(call, 'VCS', vcsBody(call, leg, 'CALL_DISCONNECTED'));
  call.record({ kind: 'bridge-ended', status: 'COMPLETED', text: `${params.destination} hung up` });
}
