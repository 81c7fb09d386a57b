import type { SendCallflowRequest } from '@/lib/eightbyeight/callflow';
import type { SandboxCall } from './call';
import { deliver } from './deliver';
import { exchangeVca } from './exchange-vca';
import { finish, type SessionStatus } from './finish';
import { newLeg, type Leg } from './legs';
import { playCallflows, type PlayEnd } from './player';
import { CallStopped } from './sleep';
import { SessionError } from './speech';
import { callLimitMs, timing } from './timing';
import { vcaBody, vcsBody } from './webhook-bodies';

// A session from start to summary: the first leg rings and is answered (or not),
// the callflows play, and whatever ends it, the summary goes out once.

/** 8x8's session error when no trunk channel was free for the call. */
export const trunkCapacityExceeded = -2010;

/** An inbound call: 8x8 asks the VCA webhook for the first callflow. */
export function runInbound(call: SandboxCall): Promise<void> {
  return drive(call, async () => {
    const leg = newLeg('INBOUND', call.from, call.to, new Date());
    call.legs.callA = leg;
    call.record({ kind: 'status', status: 'ringing', text: `Incoming call from ${call.from} to ${call.to}` });
    await deliver(call, 'VCS', vcsBody(call, leg, 'CALL_RECEIVED'));
    const refused = await refusal(call, leg);
    if (refused) return refused;
    const first = await exchangeVca(call, vcaBody(call, leg, { callStatus: 'CALL_RECEIVED' }));
    await call.wait(timing.ringMs);
    await answer(call, leg);
    return playCallflows(call, first);
  });
}

/** A Send Callflow session: its first action, makeCall, rings the destination. */
export function runOutbound(call: SandboxCall, request: SendCallflowRequest): Promise<void> {
  return drive(call, async () => {
    const [first, ...rest] = request.callflow;
    if (first?.action !== 'makeCall') throw new SessionError(-2003, 'Invalid call flow: the first action must be makeCall');
    await call.wait(timing.dialMs);
    const leg = newLeg('OUTBOUND', first.params.source, first.params.destination, new Date());
    call.legs.callA = leg;
    if (call.outcome === 'TRUNK_FULL') {
      // As 8x8 reports it: the session was created, the call never went out (callStatus FAILED, no connect).
      leg.status = 'FAILED';
      throw new SessionError(trunkCapacityExceeded, 'Trunk capacity exceeded');
    }
    call.record({ kind: 'status', status: 'ringing', text: `Calling ${leg.destination} from ${leg.source}` });
    await deliver(call, 'VCS', vcsBody(call, leg, 'CALL_INITIATED'));
    const refused = await refusal(call, leg);
    if (refused) return refused;
    await call.wait(timing.ringMs);
    await answer(call, leg);
    return playCallflows(call, { callflow: rest });
  });
}

type Refused = 'BUSY' | 'NO_ANSWER' | 'FAILED';

/** BUSY, NO_ANSWER and FAILED: the first leg never answers. */
async function refusal(call: SandboxCall, leg: Leg): Promise<Refused | null> {
  const outcome = call.outcome;
  if (outcome !== 'BUSY' && outcome !== 'NO_ANSWER' && outcome !== 'FAILED') return null;
  await call.wait(outcome === 'NO_ANSWER' ? timing.noAnswerRingMs : timing.refusedMs);
  leg.status = outcome;
  return outcome;
}

async function answer(call: SandboxCall, leg: Leg): Promise<void> {
  leg.connectedAt = new Date();
  call.status = 'in-progress';
  call.record({ kind: 'status', status: 'answered', text: 'The call was answered' });
  await deliver(call, 'VCS', vcsBody(call, leg, 'CALL_CONNECTED'));
}

async function drive(call: SandboxCall, body: () => Promise<PlayEnd | Refused>): Promise<void> {
  const limit = setTimeout(() => call.hangUp('the call reached the sandbox time limit'), callLimitMs(call.deps.speed));
  limit.unref?.();
  let status: SessionStatus;
  let error: { errorCode: number; errorMsg: string } | undefined;
  try {
    const end = await body();
    if (end === 'ran-out') call.record({ kind: 'status', status: 'ran-out', text: 'The callflow ran out: the call ends' });
    status = end === 'hangup' || end === 'ran-out' ? 'COMPLETED' : end;
  } catch (thrown) {
    if (thrown instanceof CallStopped) {
      call.record({ kind: 'hangup', text: call.stopReason ?? 'The caller hung up' });
      status = call.legs.callA?.connectedAt ? 'COMPLETED' : 'CANCELED';
    } else {
      const failure = thrown instanceof SessionError ? thrown : new SessionError(-2001, `Internal error: ${String(thrown)}`);
      call.record({ kind: 'error', error: `${failure.errorCode} ${failure.message}` });
      status = 'ERROR';
      error = { errorCode: failure.errorCode, errorMsg: failure.message };
    }
  } finally {
    clearTimeout(limit);
  }
  await finish(call, status, error);
}
