import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFlowOverlay, imbalance } from '@/lib/analytics/flow-overlay';
import { compileResume, compileStart, walkOf, type CompiledReply } from '@/lib/flow/compile';
import type { FlowDocument } from '@/lib/flow/document';
import { indexFlow } from '@/lib/flow/flow-index';
import { ctx, doc, e, hangup, menu, say, settledNow, start, transfer } from '@/lib/flow/testing/builders';
import { flowOverlaySql, splitOverlayRows, type OverlayRow } from './flow-overlay-sql';

// The overlay's statement on a real (embedded) PostgreSQL with the app's migrations:
// calls are walked by the real engine and stored as the webhooks store them (walkOf),
// then counted. Each scenario's counts are checked by hand and against the invariant
// visits = Σ exits + ended + in progress.

const flow = doc(
  [start(), say('welcome', 'Welcome'), menu('main', ['1', '2']), transfer('agent', '+6531589338'), say('sorry', 'Sorry'), say('bye', 'Bye'), hangup('end')],
  [
    e('start', 'next', 'welcome'),
    e('welcome', 'next', 'main'),
    e('main', '1', 'agent'),
    e('main', '2', 'bye'),
    e('main', 'invalid', 'sorry'),
    e('sorry', 'next', 'main'),
    // noInput left unconnected: the call ends on that branch.
    e('agent', 'after', 'bye'),
    e('bye', 'next', 'end'),
  ],
);

let pg: PGlite;
let sessions = 0;
let events = 0;
const periodStart = new Date('2026-03-01T00:00:00Z');
const period = { from: periodStart, to: new Date('2026-03-08T00:00:00Z') };
const inPeriod = new Date('2026-03-02T10:00:00Z');

async function migrate(db: PGlite) {
  const dir = path.resolve(import.meta.dirname, '../../../prisma/migrations');
  const names = (await readdir(dir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  for (const name of names) await db.exec(await readFile(path.join(dir, name, 'migration.sql'), 'utf8'));
}

async function newVersion(document: FlowDocument): Promise<string> {
  const flowId = `flow-${(sessions += 1)}`;
  const versionId = `${flowId}-v1`;
  await pg.query(`INSERT INTO flow (id, name, draft, updated_at) VALUES ($1, 'f', $2, now())`, [flowId, JSON.stringify(document)]);
  await pg.query(`INSERT INTO flow_version (id, flow_id, version, document) VALUES ($1, $2, 1, $3)`, [versionId, flowId, JSON.stringify(document)]);
  return versionId;
}

type EventInput = { kind?: 'VCA' | 'VCS' | 'VSS' | 'SEND_CALLFLOW'; nodeId?: string | null; walk?: ReturnType<typeof walkOf> };

async function storeEvent(sessionId: string, { kind = 'VCA', nodeId = null, walk }: EventInput) {
  events += 1;
  await pg.query(
    `INSERT INTO call_event (event_key, kind, session_id, node_id, request, walked_nodes, walked_outputs, resumed_output)
     VALUES ($1, $2::"EventKind", $3, $4, '{}'::jsonb, $5::text[], $6::text[], $7)`,
    [`ev-${events}`, kind, sessionId, nodeId, walk?.walkedNodes ?? [], walk?.walkedOutputs ?? [], walk?.resumedOutput ?? null],
  );
}

type CallScript = {
  versionId: string;
  document?: FlowDocument;
  direction?: 'INBOUND' | 'OUTBOUND';
  /** Each entry answers the node the call waits at (null: no input; "after": a bridged call ended). */
  digits?: Array<string | null>;
  /** Null: the call is live. */
  finalStatus?: string | null;
  startedAt?: Date;
  /** An apology (empty walk) answers the next callback instead of the engine. */
  apologyAfter?: boolean;
  /** Outbound calls: answered (a VCA arrives) or not. */
  answered?: boolean;
};

/** Stores one call as the product does: its first reply's walk, each callback's branch and walk, its summary. */
async function call(script: CallScript): Promise<string> {
  const sessionId = `s-${(sessions += 1)}`;
  const document = script.document ?? flow;
  const direction = script.direction ?? 'INBOUND';
  const finalStatus = script.finalStatus === undefined ? 'COMPLETED' : script.finalStatus;
  await pg.query(
    `INSERT INTO call_session (id, flow_version_id, direction, status, started_at, ended_at, final_status)
     VALUES ($1, $2, $3::"CallDirection", 'x', $4, $5, $6)`,
    [sessionId, script.versionId, direction, script.startedAt ?? inPeriod, finalStatus ? new Date() : null, finalStatus],
  );
  const index = indexFlow(document);
  let reply: CompiledReply = settledNow(compileStart(index, ctx(), script.versionId));
  await storeEvent(sessionId, { kind: direction === 'OUTBOUND' ? 'SEND_CALLFLOW' : 'VCA', nodeId: 'start', walk: walkOf(reply) });
  for (const digits of script.digits ?? []) {
    const waitingAt = reply.waitingAt;
    if (!waitingAt) throw new Error('the script presses keys after the call ended');
    const resumed = settledNow(compileResume(index, waitingAt, ctx({ digits }), script.versionId));
    await storeEvent(sessionId, { nodeId: waitingAt, walk: walkOf(resumed) });
    reply = resumed;
  }
  if (script.apologyAfter) await storeEvent(sessionId, { nodeId: null });
  if (finalStatus) await storeEvent(sessionId, { kind: 'VSS' });
  return sessionId;
}

async function overlayOf(versionId: string, document: FlowDocument = flow, campaignId?: string) {
  const sql = flowOverlaySql(versionId, { ...period, campaignId });
  const result = await pg.query<OverlayRow>(sql.text, sql.values as unknown[]);
  const split = splitOverlayRows(result.rows);
  const overlay = buildFlowOverlay(document, split.rows);
  const node = (id: string) => overlay.nodes.find((n) => n.nodeId === id)!;
  const exits = (id: string) => Object.fromEntries(node(id).exits.map((x) => [x.output, x.count]));
  return { ...split, overlay, node, exits };
}

function expectBalanced(overlay: ReturnType<typeof buildFlowOverlay>) {
  expect(overlay.nodes.filter((n) => imbalance(n) !== 0).map((n) => `${n.nodeId}: ${imbalance(n)}`)).toEqual([]);
  expect(overlay.balanced).toBe(true);
}

beforeAll(async () => {
  pg = new PGlite();
  await migrate(pg);
}, 60_000);

afterAll(async () => {
  await pg?.close();
});

describe('flowOverlaySql', () => {
  it('counts nothing for a version without calls', async () => {
    const versionId = await newVersion(flow);
    const { overlay, sessions: total, counted } = await overlayOf(versionId);
    expect({ total, counted }).toEqual({ total: 0, counted: 0 });
    expect(overlay.nodes.every((n) => n.visits === 0 && n.ended === 0 && n.inProgress === 0)).toBe(true);
    expectBalanced(overlay);
  });

  it('a menu answered with each option, invalid and no input', async () => {
    const versionId = await newVersion(flow);
    await call({ versionId, digits: ['2'] }); // bye → end
    await call({ versionId, digits: ['1', 'after'] }); // agent, bridged call ends, bye → end
    await call({ versionId, digits: [null] }); // noInput: unconnected, the call ends
    await call({ versionId, digits: ['9', '9', '2'] }); // invalid twice, back to main each time
    const { overlay, node, exits, counted } = await overlayOf(versionId);
    expect(counted).toBe(4);
    expect(node('start')).toMatchObject({ visits: 4, ended: 0, inProgress: 0 });
    expect(node('main')).toMatchObject({ visits: 6, ended: 0, inProgress: 0, dropOff: { hangUps: 0, noInput: 1, invalid: 2 } });
    expect(exits('main')).toEqual({ '1': 1, '2': 2, noInput: 1, invalid: 2 });
    expect(node('sorry')).toMatchObject({ visits: 2 });
    expect(node('agent')).toMatchObject({ visits: 1 });
    expect(exits('agent')).toEqual({ after: 1 });
    expect(node('bye')).toMatchObject({ visits: 3 });
    expect(node('end')).toMatchObject({ visits: 3, ended: 3 });
    expect(node('main').exits.find((x) => x.output === 'noInput')).toEqual({ output: 'noInput', count: 1, edgeId: null, target: null });
    expectBalanced(overlay);
  });

  it('hang-ups while a menu waits, and live calls at a menu and in a transfer', async () => {
    const versionId = await newVersion(flow);
    await call({ versionId }); // hung up at the first prompt
    await call({ versionId, digits: ['9'] }); // hung up at the prompt after "Sorry"
    await call({ versionId, finalStatus: null }); // listening to the first prompt now
    await call({ versionId, digits: ['9'], finalStatus: null }); // back at the menu, live
    await call({ versionId, digits: ['1'], finalStatus: null }); // bridged to the agent now
    await call({ versionId, digits: ['1'] }); // hung up during the transfer
    const { overlay, node, exits } = await overlayOf(versionId);
    expect(node('main')).toMatchObject({ visits: 8, ended: 2, inProgress: 2, dropOff: { hangUps: 2, noInput: 0, invalid: 2 } });
    expect(exits('main')).toEqual({ '1': 2, '2': 0, noInput: 0, invalid: 2 });
    expect(node('agent')).toMatchObject({ visits: 2, ended: 1, inProgress: 1 });
    expect(exits('agent')).toEqual({ after: 0 });
    expectBalanced(overlay);
  });

  it('outbound callbacks: answered ones count from the launch, unanswered ones not at all', async () => {
    const versionId = await newVersion(flow);
    await call({ versionId, direction: 'OUTBOUND', digits: ['2'] });
    await call({ versionId, direction: 'OUTBOUND' }); // answered, hung up at the first prompt: COMPLETED
    await call({ versionId, direction: 'OUTBOUND', finalStatus: 'BUSY' });
    await call({ versionId, direction: 'OUTBOUND', finalStatus: 'NO_ANSWER' });
    await call({ versionId, direction: 'OUTBOUND', finalStatus: null }); // ringing or listening: counted as in progress
    const { overlay, node, sessions: total, notAnswered, counted } = await overlayOf(versionId);
    expect({ total, notAnswered, counted }).toEqual({ total: 5, notAnswered: 2, counted: 3 });
    expect(node('start').visits).toBe(3);
    expect(node('main')).toMatchObject({ visits: 3, ended: 1, inProgress: 1, dropOff: { hangUps: 1, noInput: 0, invalid: 0 } });
    expectBalanced(overlay);
  });

  it('an outbound call that ended BUSY after a transfer was answered: it counts', async () => {
    const versionId = await newVersion(flow);
    await call({ versionId, direction: 'OUTBOUND', digits: ['1', 'after'], finalStatus: 'BUSY' });
    const { node, notAnswered } = await overlayOf(versionId);
    expect(notAnswered).toBe(0);
    expect(node('end')).toMatchObject({ visits: 1, ended: 1 });
  });

  it('apologies and rows without walks count as sessions, not as visits', async () => {
    const versionId = await newVersion(flow);
    // The flow could not run: the only reply is an apology.
    const apologized = `s-${(sessions += 1)}`;
    await pg.query(`INSERT INTO call_session (id, flow_version_id, direction, status, started_at, ended_at) VALUES ($1, $2, 'INBOUND', 'x', $3, now())`, [
      apologized,
      versionId,
      inPeriod,
    ]);
    await storeEvent(apologized, {});
    // A callback answered with an apology (another version's clientActionId): the call stays where it waited.
    await call({ versionId, digits: ['9'], apologyAfter: true });
    const { overlay, node, sessions: total, counted } = await overlayOf(versionId);
    expect({ total, counted }).toEqual({ total: 2, counted: 1 });
    expect(node('main')).toMatchObject({ visits: 2, ended: 1, dropOff: { hangUps: 1, noInput: 0, invalid: 1 } });
    expectBalanced(overlay);
  });

  it('only the version asked for, only calls started in the period', async () => {
    const versionId = await newVersion(flow);
    const other = await newVersion(flow);
    await call({ versionId, digits: ['2'] });
    await call({ versionId: other, digits: ['2'] });
    await call({ versionId: other, digits: ['9', '2'] });
    await call({ versionId, digits: ['2'], startedAt: new Date(periodStart.getTime() - 1) });
    await call({ versionId, digits: ['2'], startedAt: period.from });
    await call({ versionId, digits: ['2'], startedAt: period.to });
    const { overlay, node, sessions: total } = await overlayOf(versionId);
    expect(total).toBe(2);
    expect(node('start').visits).toBe(2);
    expect(node('sorry').visits).toBe(0);
    expectBalanced(overlay);
  });

  it('a loop back to the same menu from itself', async () => {
    const looping = doc(
      [start(), menu('main', ['1']), hangup('end')],
      [e('start', 'next', 'main'), e('main', 'invalid', 'main'), e('main', 'noInput', 'main'), e('main', '1', 'end')],
    );
    const versionId = await newVersion(looping);
    await call({ versionId, document: looping, digits: ['5', null, '5', '1'] });
    await call({ versionId, document: looping, digits: [null, null], finalStatus: null });
    const { overlay, node, exits } = await overlayOf(versionId, looping);
    // Arrivals: 1 + 3 loops for the first call, 1 + 2 for the second.
    expect(node('main')).toMatchObject({ visits: 7, ended: 0, inProgress: 1, dropOff: { hangUps: 0, noInput: 3, invalid: 2 } });
    expect(exits('main')).toEqual({ '1': 1, noInput: 3, invalid: 2 });
    expect(node('end')).toMatchObject({ visits: 1, ended: 1 });
    expectBalanced(overlay);
  });
});

describe('flowOverlaySql for one campaign', () => {
  let campaigns = 0;
  /** A campaign of the version whose attempts made the given sessions (null: a Send Callflow refused, no call). */
  async function campaignOf(versionId: string, sessionIds: Array<string | null>): Promise<string> {
    const id = `00000000-0000-4000-8000-${String((campaigns += 1)).padStart(12, '0')}`;
    const flowId = versionId.replace(/-v1$/, '');
    await pg.query(
      `INSERT INTO campaign (id, name, flow_id, flow_version_id, caller_id, start_at, end_at, hours, calls_per_second, max_concurrent, retry_policy)
       VALUES ($1, 'c', $2, $3, '+6531589338', now(), now(), '{}', 1, 1, '{}')`,
      [id, flowId, versionId],
    );
    for (const [i, sessionId] of sessionIds.entries()) {
      await pg.query(`INSERT INTO campaign_contact (id, campaign_id, number, line) VALUES ($1, $2, $3, $4)`, [`${id}-c${i}`, id, `+659000000${i}`, i + 2]);
      await pg.query(`INSERT INTO campaign_attempt (id, campaign_id, contact_id, attempt_no, session_id) VALUES ($1, $2, $3, 1, $4)`, [`${id}-a${i}`, id, `${id}-c${i}`, sessionId]);
    }
    return id;
  }

  it('counts only the campaign’s calls, not the version’s other calls or another campaign’s', async () => {
    const versionId = await newVersion(flow);
    const ours = [
      await call({ versionId, direction: 'OUTBOUND', digits: ['1', 'after'] }), // agent → bye → end
      await call({ versionId, direction: 'OUTBOUND', digits: ['9'] }), // invalid, hung up at the menu
      await call({ versionId, direction: 'OUTBOUND', finalStatus: 'NO_ANSWER' }), // nobody heard it
    ];
    await call({ versionId, digits: ['2'] }); // inbound, same version and period
    await call({ versionId, digits: ['2'] });
    const theirs = await call({ versionId, direction: 'OUTBOUND', digits: ['2'] });
    const campaign = await campaignOf(versionId, [...ours, null]);
    await campaignOf(versionId, [theirs]);

    const all = await overlayOf(versionId);
    expect({ total: all.sessions, counted: all.counted }).toEqual({ total: 6, counted: 5 });

    const { overlay, node, exits, sessions: total, notAnswered, counted } = await overlayOf(versionId, flow, campaign);
    expect({ total, notAnswered, counted }).toEqual({ total: 3, notAnswered: 1, counted: 2 });
    expect(node('start').visits).toBe(2);
    expect(node('main')).toMatchObject({ visits: 3, ended: 1, dropOff: { hangUps: 1, noInput: 0, invalid: 1 } });
    expect(exits('main')).toEqual({ '1': 1, '2': 0, noInput: 0, invalid: 1 });
    expect(node('bye').visits).toBe(1);
    expect(node('end')).toMatchObject({ visits: 1, ended: 1 });
    expectBalanced(overlay);
  });

  it('a campaign without calls counts nothing, while the version has calls', async () => {
    const versionId = await newVersion(flow);
    await call({ versionId, digits: ['2'] });
    const campaign = await campaignOf(versionId, [null]);
    const { overlay, sessions: total, counted } = await overlayOf(versionId, flow, campaign);
    expect({ total, counted }).toEqual({ total: 0, counted: 0 });
    expect(overlay.nodes.every((n) => n.visits === 0)).toBe(true);
  });
});
