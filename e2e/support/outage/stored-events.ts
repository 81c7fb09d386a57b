import pg from 'pg';
import type { CallRecord } from './outage-caller';

// After the journal has drained: every event answered 200 is a row of call_event, and
// every call's session is where its last reply left it.

export type StoredCheck = {
  acknowledged: number;
  /** Event keys answered 200 but absent from call_event. */
  missing: string[];
  /** Sessions not in the state their last reply (and summary) put them in. */
  misplaced: string[];
};

export async function checkStored(databaseUrl: string, calls: CallRecord[]): Promise<StoredCheck> {
  const acknowledged = calls.flatMap((call) => call.deliveries.filter((d) => d.httpStatus === 200).map((d) => d.eventKey));
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const stored = await client.query<{ event_key: string }>('SELECT event_key FROM call_event WHERE event_key = ANY($1::text[])', [acknowledged]);
    const storedKeys = new Set(stored.rows.map((row) => row.event_key));
    const sessions = await client.query<{ id: string; status: string; current_node_id: string | null; step: number }>(
      'SELECT id, status, current_node_id, step FROM call_session WHERE id = ANY($1::text[])',
      [calls.map((call) => call.sessionId)],
    );
    const byId = new Map(sessions.rows.map((row) => [row.id, row]));
    const misplaced = calls.flatMap((call) => {
      // A call whose last reply was not a step has failed already; its state is undefined.
      if (!call.lastStep) return [];
      const expected = { status: call.summaryAcknowledged ? 'ENDED' : call.lastStep.callStatus, currentNodeId: call.lastStep.nodeAfter, step: call.lastStep.number };
      const row = byId.get(call.sessionId);
      const actual = row ? { status: row.status, currentNodeId: row.current_node_id, step: row.step } : null;
      return actual && actual.status === expected.status && actual.currentNodeId === expected.currentNodeId && actual.step === expected.step
        ? []
        : [`${call.sessionId}: expected ${JSON.stringify(expected)}, stored ${JSON.stringify(actual)}`];
    });
    return { acknowledged: acknowledged.length, missing: acknowledged.filter((key) => !storedKeys.has(key)), misplaced };
  } finally {
    await client.end();
  }
}
