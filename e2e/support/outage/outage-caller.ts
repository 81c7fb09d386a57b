import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import type { VcaReply } from '@/lib/eightbyeight/callflow';
import { apologyReply } from '@/lib/flow/apology';
import { pause, summaryEvent, vcaEvent } from '../../../scripts/bench/simulated-call';
import { callerScript, numberOf, stepKey, unnumbered, type FlowSteps, type Step } from './flow-steps';
import { answerDeadlineMs, postWebhook, type Answer } from './webhook-delivery';

// One caller through the restaurant menus, as 8x8 would drive the call: CALL_RECEIVED,
// keys after pauses (each VCA echoing the last reply's clientActionId), then the summary.
// With several servers, each VCA of the call goes to the next one in turn. A call the
// servers drop (the apology, a refusal, no answer) ends there, as it would on the phone.

export type Outcome =
  | 'step' // the flow's real next step
  | 'wrong' // a reply that is neither the step nor the apology
  | 'apology'
  | 'refused' // any status but 200
  | 'unanswered' // no answer within 10 s, or no connection
  | 'acknowledged'; // a summary answered 200

export type Delivery = { kind: 'VCA' | 'VSS'; eventKey: string; server: number; phase: string; httpStatus: number | null; outcome: Outcome; detail: string };

export type CallRecord = {
  sessionId: string;
  deliveries: Delivery[];
  /** The first VCA that dropped the call, if one did. */
  dropped: Delivery | null;
  /** The first reply that was not the flow's step. */
  wrong: Delivery | null;
  /** The step the call's last reply was, when it was one: where the session must be left. */
  lastStep: (Step & { callStatus: string; number: number }) | null;
  summaryAcknowledged: boolean;
  /** How long the call would have lasted had nothing dropped it (its keys at the mean pause). */
  plannedMs: number;
};

export type CallerContext = { servers: string[]; token: string; dialed: string; steps: FlowSteps; thinkMs: number; phase: () => string };

// The apology in any voice: its words are what the caller hears.
const apologyWords = apologyReply().callflow.flatMap((action) => (action.action === 'say' ? [JSON.stringify(action.params.text)] : []));
const isApology = (json: unknown) => apologyWords.some((words) => JSON.stringify(json).includes(words));

/** `number`: the reply's place in the call (0 for the arrival's), which its clientActionId must carry. */
function classify(answer: Answer, expected: Step | undefined, number: number): { outcome: Outcome; detail: string } {
  if (answer.httpStatus === null) return { outcome: 'unanswered', detail: answer.error ?? `no answer within ${answerDeadlineMs} ms` };
  if (answer.httpStatus !== 200) return { outcome: 'refused', detail: `HTTP ${answer.httpStatus} ${JSON.stringify(answer.json).slice(0, 200)}` };
  if (isApology(answer.json)) return { outcome: 'apology', detail: 'the spoken apology' };
  const reply = answer.json as VcaReply;
  const numbered = numberOf(reply) === null || numberOf(reply) === number;
  if (expected && numbered && isDeepStrictEqual(unnumbered(reply), expected.reply)) return { outcome: 'step', detail: '' };
  if (expected && !numbered) return { outcome: 'wrong', detail: `reply number ${numberOf(reply)} where the call is at ${number}: ${JSON.stringify(answer.json)}` };
  return { outcome: 'wrong', detail: `expected ${JSON.stringify(expected?.reply ?? '(a step the reference calls never took)')}, got ${JSON.stringify(answer.json)}` };
}

export async function placeCall(context: CallerContext): Promise<CallRecord> {
  const { servers, token, dialed, steps } = context;
  const sessionId = randomUUID();
  const keys = callerScript();
  const plannedMs = keys.length * context.thinkMs;
  const record: CallRecord = { sessionId, deliveries: [], dropped: null, wrong: null, lastStep: null, summaryAcknowledged: false, plannedMs };
  const first = Math.floor(Math.random() * servers.length);
  const serverFor = (index: number) => (first + index) % servers.length;

  let previous: VcaReply | null = null;
  for (const [index, digit] of [null, ...keys].entries()) {
    if (index > 0) await pause(context.thinkMs);
    const callStatus = previous ? 'ACTION_COMPLETED' : 'CALL_RECEIVED';
    const body = vcaEvent(sessionId, dialed, { callStatus, eventData: { dtmf: digit }, ...(previous?.clientActionId && { clientActionId: previous.clientActionId }) });
    const server = serverFor(index);
    const phase = context.phase();
    const answer = await postWebhook(servers[server]!, '/api/webhooks/8x8/vca', token, body);
    const expected = steps.get(stepKey(previous, digit));
    const { outcome, detail } = classify(answer, expected, index);
    const delivery: Delivery = { kind: 'VCA', eventKey: body.payload.eventId, server, phase, httpStatus: answer.httpStatus, outcome, detail };
    record.deliveries.push(delivery);
    record.lastStep = outcome === 'step' && expected ? { ...expected, callStatus, number: index } : null;
    if (outcome === 'wrong') record.wrong = delivery;
    else if (outcome !== 'step') record.dropped = delivery;
    if (outcome !== 'step') break;
    previous = answer.json as VcaReply;
  }

  // The call has hung up (the flow's way out, or the apology): 8x8 sums the session up.
  const server = serverFor(record.deliveries.length);
  const phase = context.phase();
  const answer = await postWebhook(servers[server]!, '/api/webhooks/8x8/vss', token, summaryEvent(sessionId, dialed));
  record.summaryAcknowledged = answer.httpStatus === 200;
  record.deliveries.push({
    kind: 'VSS',
    eventKey: `vss:${sessionId}`,
    server,
    phase,
    httpStatus: answer.httpStatus,
    outcome: answer.httpStatus === 200 ? 'acknowledged' : answer.httpStatus === null ? 'unanswered' : 'refused',
    detail: answer.error ?? (answer.httpStatus === 200 ? '' : JSON.stringify(answer.json).slice(0, 200)),
  });
  return record;
}
