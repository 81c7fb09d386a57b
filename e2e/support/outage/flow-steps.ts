import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import pg from 'pg';
import type { VcaReply } from '@/lib/eightbyeight/callflow';
import { decodeClientActionId, encodeClientActionId } from '@/lib/flow/client-action-id';
import { vcaEvent } from '../../../scripts/bench/simulated-call';
import { postWebhook } from './webhook-delivery';

// The seeded ABC Restaurant flow's real steps, learned from healthy servers before the
// outage: for each (waiting node, key) the reply and the node the session is left at.
// Every reply during the outage must be one of these — the flow's step, not a guess.

export type Step = { reply: VcaReply; nodeAfter: string | null };
export type FlowSteps = Map<string, Step>;

/**
 * A reply without its number (the clientActionId's last part, the reply's place in the call):
 * the same step reached at another point of a call is the same reply otherwise.
 */
export function unnumbered(reply: VcaReply): VcaReply {
  const action = decodeClientActionId(reply.clientActionId);
  return action ? { ...reply, clientActionId: encodeClientActionId(action.versionId, action.nodeId) } : reply;
}

/** The number a reply carries, or null (a reply that ends the call carries none). */
export const numberOf = (reply: VcaReply): number | null => decodeClientActionId(reply.clientActionId)?.step ?? null;

/** The step a VCA asks for: the call's arrival, or a key pressed where the last reply waits. */
export function stepKey(previous: VcaReply | null, digit: string | null): string {
  if (!previous) return 'arrival';
  return `${decodeClientActionId(previous.clientActionId)?.nodeId ?? '(none)'}|${digit}`;
}

// Keys that keep a caller in the menus (welcome/main menu → representative → main menu;
// → reservations → main menu), and the ways out, each ending in a hangup.
const loops = [['2', '2'], ['1', '3']];
const endings = [['3'], ['1', '1', '1']];

/** A caller's keys: 2–6 loops, then a way out (5–15 presses). */
export function callerScript(): string[] {
  const pick = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)]!;
  const count = 2 + Math.floor(Math.random() * 5);
  return [...Array.from({ length: count }, () => pick(loops)).flat(), ...pick(endings)];
}

/** Between them these walk every transition callerScript can take. */
const referenceScripts = [['2', '2', '1', '3', '2', '2', '1', '1', '1'], ['1', '3', '3']];

export type LearnOptions = { servers: string[]; token: string; dialed: string; databaseUrl: string };

export async function learnFlowSteps({ servers, token, dialed, databaseUrl }: LearnOptions): Promise<FlowSteps> {
  const steps: FlowSteps = new Map();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (const script of referenceScripts) {
      const sessionId = randomUUID();
      let previous: VcaReply | null = null;
      for (const [index, digit] of [null, ...script].entries()) {
        const body = vcaEvent(sessionId, dialed, {
          callStatus: previous ? 'ACTION_COMPLETED' : 'CALL_RECEIVED',
          eventData: { dtmf: digit },
          ...(previous?.clientActionId && { clientActionId: previous.clientActionId }),
        });
        // Each server answers some steps, so every one has the flow in memory before the outage.
        const answer = await postWebhook(servers[index % servers.length]!, '/api/webhooks/8x8/vca', token, body);
        if (answer.httpStatus !== 200) throw new Error(`A reference call's VCA answered ${answer.httpStatus}: ${JSON.stringify(answer.json ?? answer.error)}`);
        const reply = answer.json as VcaReply;
        const key = stepKey(previous, digit);
        const step = { reply: unnumbered(reply), nodeAfter: await nodeAfterEvent(client, body.payload.eventId) };
        const known = steps.get(key);
        if (known && !isDeepStrictEqual(known, step)) throw new Error(`The flow answered ${key} in two ways: ${JSON.stringify([known, step])}`);
        steps.set(key, step);
        previous = reply;
      }
    }
  } finally {
    await client.end();
  }
  return steps;
}

/**
 * Where the session stands once this event is stored. The event and the session change
 * are one statement, so the event's row says the change is there — even if a server
 * stores after replying.
 */
async function nodeAfterEvent(client: pg.Client, eventKey: string): Promise<string | null> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const { rows } = await client.query<{ current_node_id: string | null }>(
      'SELECT s.current_node_id FROM call_event e JOIN call_session s ON s.id = e.session_id WHERE e.event_key = $1',
      [eventKey],
    );
    if (rows[0]) return rows[0].current_node_id;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`A reference call's event ${eventKey} was not stored within 10 s of its reply`);
}
