import type { CallflowAction, VcaReply } from '@/lib/eightbyeight/callflow';
import { bridge } from './bridge';
import type { SandboxCall } from './call';
import { runCapture } from './capture';
import { exchangeVca } from './exchange-vca';
import { speak } from './speech';
import { timing } from './timing';
import { vcaBody } from './webhook-bodies';

// Runs callflows in order. A sayAndCapture or a bridged makeCall ends its callflow:
// 8x8 reports it with a VCA and the reply is the next callflow to run.

export type PlayEnd = 'hangup' | 'ran-out';
type Step = { kind: 'hangup' } | { kind: 'ran-out' } | { kind: 'next'; reply: VcaReply };

export async function playCallflows(call: SandboxCall, first: VcaReply): Promise<PlayEnd> {
  let reply = first;
  for (;;) {
    const step = await runActions(call, reply.callflow, reply.clientActionId ?? null);
    if (step.kind !== 'next') return step.kind;
    reply = step.reply;
  }
}

async function runActions(call: SandboxCall, actions: CallflowAction[], clientActionId: string | null): Promise<Step> {
  const callA = call.legs.callA!;
  for (const action of actions) {
    switch (action.action) {
      case 'say':
        call.lastAction = 'SAY';
        await speak(call, 'say', action.params.text, action.params.repetition ?? 1, action.params.speed ?? 1);
        break;
      case 'playFile': {
        call.lastAction = 'PLAY_FILE';
        call.record({ kind: 'play', fileUrl: action.params.fileUrl });
        await call.wait(timing.playFileMs * (action.params.repetition ?? 1));
        break;
      }
      case 'sayAndCapture': {
        call.lastAction = 'SAY_AND_CAPTURE';
        const dtmf = await runCapture(call, action.params);
        const body = vcaBody(call, callA, { callStatus: 'ACTION_COMPLETED', dtmf, clientActionId });
        return { kind: 'next', reply: await exchangeVca(call, body) };
      }
      case 'makeCall': {
        call.lastAction = 'MAKE_CALL';
        await bridge(call, action.params);
        const body = vcaBody(call, callA, { callStatus: 'ACTION_COMPLETED', dtmf: null, clientActionId });
        return { kind: 'next', reply: await exchangeVca(call, body) };
      }
      case 'hangup':
        call.lastAction = 'HANGUP';
        call.record({ kind: 'hangup', text: 'The callflow hung up: every leg ends' });
        return { kind: 'hangup' };
    }
  }
  return { kind: 'ran-out' };
}
