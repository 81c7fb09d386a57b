import 'server-only';
import { summaryOutcome, type AttemptOutcome } from '@/lib/campaigns/attempt-outcome';
import { decideRetry, type RetryPolicy } from '@/lib/campaigns/retry-policy';
import type { ContactState } from '@/lib/campaigns/campaign-input';
import { sessionErrorMeaning, sessionStatusMeaning } from '@/lib/eightbyeight/status-codes';
import { env } from '@/lib/env';
import { webhookJournal } from '@/lib/server/outage/webhook-journal';
import { campaignNow } from './clock';
import { enqueue } from './queue';
import { sql, transaction } from './sql';

// Settling: an attempt whose outcome is known (a refusal, or the session summary written by
// lib/server/sessions/call-summary.ts — live or replayed from the webhook journal) or whose
// summary never came is given its outcome, and its contact either a retry (a pg-boss job sent
// in the same transaction, so it cannot be lost) or its final state. Any server may settle:
// rows are taken with SKIP LOCKED.

const finalStates: Record<AttemptOutcome, ContactState> = {
  completed: 'COMPLETED',
  opted_out: 'OPTED_OUT',
  busy: 'BUSY',
  no_answer: 'NO_ANSWER',
  failed: 'FAILED',
  capacity: 'FAILED',
  temporary_refusal: 'REFUSED',
  refused: 'REFUSED',
  no_summary: 'NO_SUMMARY',
};

/** An outcome known without a summary (a refusal): settled on the next pass. */
export async function settleNow(attemptId: string, outcome: AttemptOutcome, detail: string, retryAfterMs: number | null = null): Promise<void> {
  await sql(
    `UPDATE campaign_attempt SET outcome = $2, detail = $3, retry_after_ms = $4, ended_at = now() WHERE id = $1 AND outcome IS NULL AND settled_at IS NULL`,
    [attemptId, outcome, detail.slice(0, 500), retryAfterMs === null ? null : Math.min(retryAfterMs, 2_000_000_000)],
  );
}

type Due = {
  id: string;
  attempt_no: number;
  contact_id: string;
  campaign_id: string;
  outcome: AttemptOutcome | null;
  summary_status: string | null;
  error_code: number | null;
  ended_at: Date | null;
  retry_after_ms: number | null;
  opted_out: boolean;
  retry_policy: RetryPolicy;
  status: string;
  run_generation: number;
};

/** One pass: up to `limit` attempts settled; returns how many. */
export async function settleAttempts(limit = 200): Promise<number> {
  const timeoutS = env().CAMPAIGN_SUMMARY_TIMEOUT_S;
  // While this server's webhook journal holds events (an outage, then its replay), a summary
  // may be among them: no attempt is called "no summary" until they are stored.
  const mayTimeOut = !webhookJournal().active;
  return transaction(async (tx, bossDb) => {
    const due = await tx.query<Due>(
      `SELECT a.id, a.attempt_no, a.contact_id, a.campaign_id, a.outcome, a.summary_status, a.error_code, a.ended_at, a.retry_after_ms,
              EXISTS (SELECT 1 FROM do_not_call d WHERE d.session_id = a.session_id AND d.source = 'opt_out') AS opted_out,
              cp.retry_policy, cp.status, cp.run_generation
       FROM campaign_attempt a JOIN campaign cp ON cp.id = a.campaign_id
       WHERE a.settled_at IS NULL
         AND (a.outcome IS NOT NULL OR a.ended_at IS NOT NULL OR ($3::boolean AND a.claimed_at < (now() AT TIME ZONE 'UTC') - make_interval(secs => $1)))
       ORDER BY a.claimed_at LIMIT $2
       FOR UPDATE OF a SKIP LOCKED`,
      [timeoutS, limit, mayTimeOut],
    );
    const now = campaignNow();
    const jobs = [];
    for (const attempt of due) {
      const outcome: AttemptOutcome =
        attempt.outcome ?? (attempt.ended_at ? summaryOutcome(attempt.summary_status, attempt.error_code, attempt.opted_out) : 'no_summary');
      const live = attempt.status === 'RUNNING' || attempt.status === 'PAUSED';
      const decision = live ? decideRetry(attempt.retry_policy, outcome, attempt.attempt_no, now, attempt.retry_after_ms) : { retry: false as const };
      // 8x8's meaning, not only its number, for the page and the export.
      const detail =
        outcome === 'no_summary'
          ? `No session summary within ${timeoutS} s`
          : attempt.error_code !== null
            ? `${sessionErrorMeaning(attempt.error_code)} (${attempt.error_code})`
            : attempt.summary_status && attempt.summary_status !== 'COMPLETED'
              ? sessionStatusMeaning(attempt.summary_status)
              : null;
      await tx.query(`UPDATE campaign_attempt SET outcome = $2, detail = COALESCE(detail, $3), settled_at = now() WHERE id = $1`, [attempt.id, outcome, detail]);
      // The contact is dialing, or was given up as "no summary" on this very attempt (a late summary).
      const ofThisAttempt = `id = $1 AND (state = 'DIALING' OR (state = 'NO_SUMMARY' AND attempts = $3))`;
      if (decision.retry) {
        await tx.query(`UPDATE campaign_contact SET state = 'WAITING', next_at = $2::timestamptz, updated_at = now() WHERE ${ofThisAttempt}`, [attempt.contact_id, decision.at.toISOString(), attempt.attempt_no]);
        if (attempt.status === 'RUNNING') {
          jobs.push({ campaignId: attempt.campaign_id, contactId: attempt.contact_id, generation: attempt.run_generation, startAfter: new Date(Date.now() + (decision.at.getTime() - now.getTime())) });
        }
      } else {
        await tx.query(`UPDATE campaign_contact SET state = $2, next_at = NULL, updated_at = now() WHERE ${ofThisAttempt}`, [attempt.contact_id, finalStates[outcome], attempt.attempt_no]);
      }
    }
    await enqueue(jobs, bossDb);
    return due.length;
  });
}

/** Running campaigns with nothing left to do are done. */
export async function finishCampaigns(): Promise<void> {
  await sql(
    `UPDATE campaign SET status = 'DONE', finished_at = now()
     WHERE status = 'RUNNING' AND NOT EXISTS (
       SELECT 1 FROM campaign_contact c WHERE c.campaign_id = campaign.id AND c.state IN ('WAITING', 'OUTSIDE_HOURS', 'DIALING'))`,
  );
}
