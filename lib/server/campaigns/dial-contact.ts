import 'server-only';
import { nextCallableTime, type CallingHours } from '@/lib/campaigns/calling-hours';
import { refusalOutcome, retryAfterMs } from '@/lib/campaigns/attempt-outcome';
import { env } from '@/lib/env';
import { isOnDoNotCallList } from '@/lib/server/do-not-call/is-on-do-not-call-list';
import { placeOutboundCall } from '@/lib/server/sessions/place-outbound-call';
import { campaignNow } from './clock';
import { oneAtATime } from './one-at-a-time';
import { timeZonesOf } from './phone-time-zones';
import { enqueue, type DialJob } from './queue';
import { settleNow } from './settle-attempts';
import { sql } from './sql';

type CampaignRow = {
  status: string;
  run_generation: number;
  start_at: Date;
  end_at: Date;
  hours: CallingHours;
  flow_id: string;
  flow_version_id: string;
  caller_id: string;
};
type ContactRow = { state: string; attempts: number; next_at: Date | null; number: string; vars: Record<string, string> };
type Claim = { kind: 'claimed'; attemptId: string; attemptNo: number; slotAt: Date } | { kind: 'wait'; ms: number } | { kind: 'stop' };

/** How long a job keeps waiting for a slot before it hands its place back to the queue. */
const maxWaitMs = 20_000;
/** Slots are reserved at most this far ahead, so a pause stops new dials within it. */
const horizonMs = 500;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * One job: the contact is dialed if it is due, inside its hours, not on the do-not-call list,
 * and a slot of the campaign's pace and a place under its caps are free — the attempt claimed
 * in a transaction before Send Callflow is called. Returns without dialing otherwise, having
 * scheduled what comes next.
 */
export async function dialContact(job: DialJob): Promise<void> {
  const started = Date.now();
  const [campaign] = await sql<CampaignRow>(
    'SELECT status, run_generation, start_at, end_at, hours, flow_id, flow_version_id, caller_id FROM campaign WHERE id = $1',
    [job.campaignId],
  );
  if (!campaign || campaign.status !== 'RUNNING' || campaign.run_generation !== job.generation) return;
  // A campaign run before its start: its jobs wait for the start (startAfter); one offered early waits again.
  if (campaign.start_at.getTime() > Date.now() + 50) return enqueue([{ ...job, startAfter: campaign.start_at }]);
  const [contact] = await sql<ContactRow>('SELECT state, attempts, next_at, number, vars FROM campaign_contact WHERE id = $1', [job.contactId]);
  if (!contact || (contact.state !== 'WAITING' && contact.state !== 'OUTSIDE_HOURS')) return;
  const now = campaignNow();
  if (contact.next_at && contact.next_at.getTime() > now.getTime() + 50) return enqueue([{ ...job, startAfter: contact.next_at }]);
  if (now >= campaign.end_at) return finalState(job.contactId, 'EXPIRED');
  const callable = nextCallableTime(now, timeZonesOf(contact.number), campaign.hours);
  if (!callable || callable >= campaign.end_at) return finalState(job.contactId, 'EXPIRED');
  if (callable > now) {
    await sql(`UPDATE campaign_contact SET state = 'OUTSIDE_HOURS', next_at = $2::timestamptz, updated_at = now() WHERE id = $1`, [job.contactId, callable.toISOString()]);
    return enqueue([{ ...job, startAfter: new Date(Date.now() + (callable.getTime() - now.getTime())) }]);
  }
  // Right before the job's turn at the pace (at most a few seconds before its dial): a number
  // listed a moment ago is never called.
  if ((await isOnDoNotCallList([contact.number])).size) return finalState(job.contactId, 'DO_NOT_CALL');
  const claim = await oneAtATime(job.campaignId, () => claimWhenDue(job, contact.attempts, started));
  if (claim.kind === 'requeue') return enqueue([job]);
  if (claim.kind !== 'claimed') return;
  const wait = claim.slotAt.getTime() - Date.now();
  if (wait > 0) await sleep(wait);
  return placeAttempt(claim, campaign, contact);
}

/**
 * The job's turn at its campaign's pace: one job per campaign and server at a time, so the
 * others wait in memory rather than poll the campaign's row, and the one whose turn it is
 * claims as soon as a slot comes within the horizon.
 */
async function claimWhenDue(job: DialJob, attemptsBefore: number, started: number): Promise<Claim | { kind: 'requeue' }> {
  for (;;) {
    const claim = await claimAttempt(job, attemptsBefore);
    if (claim.kind !== 'wait') return claim;
    if (Date.now() - started > maxWaitMs) return { kind: 'requeue' };
    // Until the slot nears (at most a second): the status is read again at the next claim.
    await sleep(Math.min(Math.max(claim.ms, 5), 1000));
  }
}

async function finalState(contactId: string, state: string): Promise<void> {
  await sql(`UPDATE campaign_contact SET state = $2, next_at = NULL, updated_at = now() WHERE id = $1 AND state IN ('WAITING', 'OUTSIDE_HOURS')`, [contactId, state]);
}

/**
 * The claim, in one statement: it locks the campaign's row if a slot is due (FOR UPDATE: every
 * server's claims for this campaign queue there, held for that statement only; a slot not yet
 * due is answered with its wait, without a lock) and checks it is still running, under its cap and
 * under the campaigns' share of the trunk, with a pace slot due; then inserts the attempt (its
 * unique key makes a second claim of the same attempt impossible), takes the slot from the
 * shared bucket and marks the contact dialing.
 */
async function claimAttempt(job: DialJob, attemptsBefore: number): Promise<Claim> {
  const settings = env();
  const share = Math.max(1, Math.floor(settings.VOICE_CALL_CAPACITY * settings.CAMPAIGN_CAPACITY_SHARE));
  const attemptNo = attemptsBefore + 1;
  const [row] = await sql<{ running: boolean | null; wait_ms: number | null; locked: boolean; capped: boolean; attempt_id: string | null; slot_at: Date | null }>(
    `WITH c AS (
       SELECT id, max_concurrent FROM campaign
       WHERE id = $1 AND status = 'RUNNING' AND run_generation = $4
         AND next_slot_at <= (now() AT TIME ZONE 'UTC') + make_interval(secs => $6::float8 / 1000)
       FOR UPDATE),
     active AS (SELECT count(*) FILTER (WHERE campaign_id = $1) AS mine, count(*) AS total FROM campaign_attempt
                WHERE settled_at IS NULL AND ended_at IS NULL AND outcome IS NULL),
     ok AS (SELECT c.id FROM c, active WHERE active.mine < c.max_concurrent AND active.total < $5),
     ins AS (
       INSERT INTO campaign_attempt (id, campaign_id, contact_id, attempt_no)
       SELECT gen_random_uuid()::text, $1, $2, $3 FROM ok
       WHERE EXISTS (SELECT 1 FROM campaign_contact WHERE id = $2 AND attempts = $3 - 1 AND state IN ('WAITING', 'OUTSIDE_HOURS'))
       ON CONFLICT (contact_id, attempt_no) DO NOTHING RETURNING id),
     slot AS (
       UPDATE campaign SET next_slot_at = greatest(next_slot_at, now() AT TIME ZONE 'UTC') + make_interval(secs => 1.0 / calls_per_second)
       WHERE id = $1 AND EXISTS (SELECT 1 FROM ins)
       RETURNING next_slot_at - make_interval(secs => 1.0 / calls_per_second) AS slot_at),
     contact AS (
       UPDATE campaign_contact SET state = 'DIALING', attempts = $3, next_at = NULL, updated_at = now()
       WHERE id = $2 AND EXISTS (SELECT 1 FROM ins) RETURNING 1),
     now_ AS (SELECT status = 'RUNNING' AND run_generation = $4 AS running,
                     extract(epoch FROM (next_slot_at - (now() AT TIME ZONE 'UTC'))) * 1000 AS wait_ms FROM campaign WHERE id = $1)
     SELECT (SELECT running FROM now_) AS running, (SELECT wait_ms FROM now_) AS wait_ms,
            EXISTS (SELECT 1 FROM c) AS locked, NOT EXISTS (SELECT 1 FROM ok) AS capped,
            (SELECT id FROM ins) AS attempt_id, (SELECT slot_at FROM slot) AS slot_at, (SELECT count(*) FROM contact) AS marked`,
    [job.campaignId, job.contactId, attemptNo, job.generation, share, horizonMs],
  );
  if (row?.attempt_id && row.slot_at) return { kind: 'claimed', attemptId: row.attempt_id, attemptNo, slotAt: row.slot_at };
  if (!row?.running) return { kind: 'stop' }; // paused, cancelled, or run again (a new generation has its own jobs)
  // Not due yet (as the statement's snapshot saw it), or another server took the slot meanwhile.
  if (!row.locked) return { kind: 'wait', ms: Number(row.wait_ms ?? 0) - horizonMs };
  if (row.capped) return { kind: 'wait', ms: 100 };
  return { kind: 'stop' }; // another job claimed this attempt first
}

/** Send Callflow with the attempt's id as clientRequestId; the session's id is kept on the attempt. */
async function placeAttempt(claim: Extract<Claim, { kind: 'claimed' }>, campaign: CampaignRow, contact: ContactRow): Promise<void> {
  const placed = await placeOutboundCall({
    flowId: campaign.flow_id,
    versionId: campaign.flow_version_id,
    destination: contact.number,
    source: campaign.caller_id,
    vars: contact.vars,
    clientRequestId: claim.attemptId,
    beforeSend: () => sql(`UPDATE campaign_attempt SET dialed_at = now() WHERE id = $1`, [claim.attemptId]),
    onCreated: (sessionId) => sql(`UPDATE campaign_attempt SET session_id = $2 WHERE id = $1`, [claim.attemptId, sessionId]),
    onHistoryError: (error) => console.warn('[campaigns] call not stored in history', claim.attemptId, String(error).slice(0, 200)),
  });
  switch (placed.status) {
    case 'no_version':
      return settleNow(claim.attemptId, 'refused', `Flow version ${campaign.flow_version_id} is missing`);
    case 'cannot_start':
      return settleNow(claim.attemptId, 'refused', `The flow cannot start: ${String(placed.error)}`);
    case 'unsent':
      // The request may or may not have reached 8x8: no retry of our own. A summary matched by
      // the clientRequestId still settles it; else it times out as "no summary".
      console.warn('[campaigns] Send Callflow failed', claim.attemptId, placed.error);
      return;
    case 'refused': {
      const { result } = placed;
      return settleNow(claim.attemptId, refusalOutcome(result.httpStatus), `${result.meaning} (${result.statusCode})`, retryAfterMs(result.retryAfter, new Date()));
    }
    case 'created':
      return;
  }
}
