import 'server-only';
import type { VcaReply } from '@/lib/eightbyeight/callflow';
import { digitsOf, type VcaWebhook } from '@/lib/eightbyeight/webhooks';
import { apologyReply } from '@/lib/flow/apology';
import { decodeClientActionId, numberedReply } from '@/lib/flow/client-action-id';
import { compileResume, compileStart, waitsAt, walkOf } from '@/lib/flow/compile';
import { resumePoint, type WaitingAt } from '@/lib/flow/resume-point';
import { normalizePhoneNumber } from '@/lib/phone-number';
import { flowVersionIndex } from '@/lib/server/flows/flow-version-cache';
import { recallCall, rememberCall, type RememberedCall } from '@/lib/server/outage/call-memory';
import { recallRoute } from '@/lib/server/outage/route-memory';
import { webhookJournal, type JournalEntry } from '@/lib/server/outage/webhook-journal';
import { moveOf, resumed } from './action-completed';
import { changedVars, compileOrApologize, currentNode, endedCallReply, numbersOf, vcaEventRow, type Timing } from './vca-outcome';
import { appBaseUrl } from '@/lib/server/voice/voice-connection';
import { serverStepServices } from '@/lib/server/flows/step-services';

// A VCA answered while the database is unavailable (or while earlier events still wait in
// the journal): the reply comes from what this server holds in memory — the published
// versions, the number routes, the calls it has answered — and the event, with its reply,
// goes to the journal before the reply is sent. docs/architecture.md, "When the database is down".

type Answer = { reply: VcaReply; entry: JournalEntry; remembered: RememberedCall };

/** A version already in memory, or null: with the database down, it cannot be read. */
const indexInMemory = (versionId: string) => flowVersionIndex(versionId).catch(() => null);

export async function answerFromMemory(event: VcaWebhook, timing: Timing): Promise<VcaReply> {
  const p = event.payload;
  const known = recallCall(p.sessionId);
  if (known?.lastEventKey === p.eventId && known.lastReply) return known.lastReply; // a duplicate delivery
  const answer = p.callStatus === 'CALL_RECEIVED' ? await arrival(event, timing) : await progress(event, known, timing);
  try {
    await webhookJournal().record(answer.entry);
  } catch (error) {
    // Only when even the journal cannot be written does a caller hear the apology.
    console.error(`[outage] the webhook journal refused event ${p.eventId}; answering with the apology`, error);
    return apologyReply();
  }
  rememberCall(p.sessionId, answer.remembered);
  return answer.reply;
}

async function arrival(event: VcaWebhook, timing: Timing): Promise<Answer> {
  const p = event.payload;
  const route = recallRoute(normalizePhoneNumber(p.destination ?? ''));
  const versionId = route?.versionId ?? null;
  const index = versionId ? await indexInMemory(versionId) : null;
  const ctx = { caller: p.source ?? '', dialed: p.destination ?? '', digits: null, vars: {}, now: timing.receivedAt, publicBaseUrl: appBaseUrl() };
  const compiled = index && versionId ? await compileOrApologize(() => compileStart(index, ctx, versionId, serverStepServices), `flow version ${versionId}`) : null;
  const reply = compiled ? numberedReply(compiled.reply, 0) : apologyReply();
  const row = vcaEventRow(event, reply, compiled ? (index?.startId ?? null) : null, timing, compiled ? walkOf(compiled) : undefined);
  const call = {
    id: p.sessionId,
    flowId: compiled ? (route?.flowId ?? null) : null,
    versionId: compiled ? versionId : null,
    caller: p.source ?? null,
    dialed: p.destination ?? null,
    callId: p.callId ?? null,
    status: compiled ? p.callStatus : 'UNROUTED',
    currentNodeId: compiled ? currentNode(compiled) : null,
    vars: compiled?.vars ?? {},
    at: timing.receivedAt,
  };
  const remembered = { ...call, step: 0, caller: ctx.caller, dialed: ctx.dialed, ended: false, lastEventKey: p.eventId, lastReply: reply };
  // The steps' effects (an opt-out) travel with the event and are applied when it is replayed.
  return { reply, entry: { kind: 'arrival', row, call, ...(compiled?.effects && { effects: compiled.effects }) }, remembered };
}

/**
 * A callback about a waiting step. Without the database, a numbered clientActionId at or
 * ahead of what this server knows says where the call waits: 8x8's webhooks are not sticky,
 * so another server may have moved the call since this one last answered it (resumePoint:
 * a claim naming another version than the call's is not ours, and is not obeyed; one behind
 * is late). Without one (an outbound call's first callback), the step this server left the
 * call at. The variables are what this server knows; a call it has never answered has none
 * here (docs/architecture.md, "Several servers").
 */
async function progress(event: VcaWebhook, known: RememberedCall | undefined, timing: Timing): Promise<Answer> {
  const p = event.payload;
  // The hot path remembers a move without the numbers; 8x8's payload carries them.
  const numbers = known?.caller ? { caller: known.caller, dialed: known.dialed } : numbersOf(event);
  const base = { flowId: null, vars: {}, step: 0, ...known, ...numbers, lastEventKey: p.eventId };
  const session = known?.versionId && known.currentNodeId ? { versionId: known.versionId, nodeId: known.currentNodeId, step: known.step } : null;
  // Ended: its summary came, or the step it rests at does not wait (our last reply hung up;
  // a call that did has no later step, whatever a callback claims).
  const hungUpAt = async (at: WaitingAt | null) => {
    const index = at ? await indexInMemory(at.versionId) : null;
    return Boolean(index && at && index.nodes.has(at.nodeId) && !waitsAt(index, at.nodeId));
  };
  const from = (await hungUpAt(session)) ? session : resumePoint(session, decodeClientActionId(p.clientActionId));
  const index = from ? await indexInMemory(from.versionId) : null;
  const here = { versionId: from?.versionId ?? known?.versionId ?? null, currentNodeId: from?.nodeId ?? known?.currentNodeId ?? null };
  const hungUp = await hungUpAt(from);
  if (known?.ended || hungUp) {
    const reply = endedCallReply();
    const row = vcaEventRow(event, reply, null, timing);
    return { reply, entry: { kind: 'event', row }, remembered: { ...base, ...here, ended: known?.ended ?? false, lastReply: reply } };
  }
  const vars = known?.vars ?? {};
  const compiled =
    index && from
      ? await compileOrApologize(
          () => compileResume(index, from.nodeId, { ...numbers, digits: digitsOf(p), vars, now: timing.receivedAt, publicBaseUrl: appBaseUrl() }, from.versionId, serverStepServices),
          `session ${p.sessionId}`,
        )
      : null;
  if (!compiled || !from) {
    const reply = apologyReply();
    const row = vcaEventRow(event, reply, null, timing);
    return { reply, entry: { kind: 'event', row }, remembered: { ...base, ...here, ended: false, lastReply: reply } };
  }
  const answer = resumed(compiled, from);
  const row = vcaEventRow(event, answer.reply, compiled.path[0]?.nodeId ?? null, timing, walkOf(compiled));
  const move = moveOf(event, from, answer, timing, changedVars(vars, compiled.vars));
  const remembered = { ...base, ended: false, versionId: from.versionId, currentNodeId: move.currentNodeId, step: move.step, vars: compiled.vars, lastReply: answer.reply };
  return { reply: answer.reply, entry: { kind: 'move', row, move, ...(compiled.effects && { effects: compiled.effects }) }, remembered };
}
