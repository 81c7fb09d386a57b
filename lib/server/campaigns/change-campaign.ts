import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import type { CampaignAction } from '@/lib/campaigns/campaign-input';
import { AppError } from '@/lib/http/app-error';
import { auditActorOf } from '@/lib/server/audit/record-audit';
import { enqueue } from './queue';
import { transaction } from './sql';

const allowedFrom: Record<CampaignAction, string[]> = { run: ['DRAFT'], pause: ['RUNNING'], resume: ['PAUSED'], cancel: ['DRAFT', 'RUNNING', 'PAUSED'] };
const statusAfter: Record<CampaignAction, string> = { run: 'RUNNING', pause: 'PAUSED', resume: 'RUNNING', cancel: 'CANCELLED' };

/**
 * Run, pause, resume, cancel: the status column every server reads right before each claim,
 * so the change reaches them all at their next claim (well within a second) and survives
 * restarts. Run and resume start a new generation and send a job per pending contact (in the
 * same transaction); jobs of the earlier generation then stop on their own. Cancel ends every
 * contact still waiting; calls already placed finish and are settled as usual.
 */
export async function changeCampaign(actor: Actor & { ip?: string | null }, campaignId: string, action: CampaignAction) {
  return transaction(async (tx, bossDb) => {
    const [campaign] = await tx.query<{ status: string; name: string; run_generation: number; start_at: Date }>(
      'SELECT status, name, run_generation, start_at FROM campaign WHERE id = $1 FOR UPDATE',
      [campaignId],
    );
    if (!campaign) throw new AppError('not_found', `No campaign with id ${campaignId}`);
    if (!allowedFrom[action].includes(campaign.status)) throw new AppError('conflict', `A ${campaign.status.toLowerCase()} campaign cannot ${action}`);
    const generation = campaign.run_generation + (action === 'run' || action === 'resume' ? 1 : 0);
    await tx.query(
      `UPDATE campaign SET status = $2, run_generation = $3, started_at = COALESCE(started_at, CASE WHEN $2 = 'RUNNING' THEN now() END),
              finished_at = CASE WHEN $2 = 'CANCELLED' THEN now() END WHERE id = $1`,
      [campaignId, statusAfter[action], generation],
    );
    let contacts = 0;
    if (action === 'run') {
      const [{ count }] = (await tx.query<{ count: string }>('SELECT count(*) FROM campaign_contact WHERE campaign_id = $1', [campaignId])) as [{ count: string }];
      if (Number(count) === 0) throw new AppError('conflict', 'Import the contacts before running the campaign');
    }
    if (action === 'run' || action === 'resume') {
      const pending = await tx.query<{ id: string; next_at: Date | null }>(
        `SELECT id, next_at FROM campaign_contact WHERE campaign_id = $1 AND state IN ('WAITING', 'OUTSIDE_HOURS') ORDER BY line`,
        [campaignId],
      );
      contacts = pending.length;
      const startAfter = campaign.start_at > new Date() ? campaign.start_at : undefined;
      await enqueue(pending.map((c) => ({ campaignId, contactId: c.id, generation, ...(startAfter && { startAfter }) })), bossDb);
    }
    if (action === 'cancel') {
      const cancelled = await tx.query(`UPDATE campaign_contact SET state = 'CANCELLED', next_at = NULL, updated_at = now() WHERE campaign_id = $1 AND state IN ('WAITING', 'OUTSIDE_HOURS') RETURNING 1`, [campaignId]);
      contacts = cancelled.length;
    }
    const who = auditActorOf(actor);
    const summaries: Record<CampaignAction, string> = {
      run: `Started campaign "${campaign.name}" with ${contacts} contacts`,
      pause: `Paused campaign "${campaign.name}"`,
      resume: `Resumed campaign "${campaign.name}" with ${contacts} contacts left`,
      cancel: `Cancelled campaign "${campaign.name}": ${contacts} contacts not called`,
    };
    await tx.query(
      `INSERT INTO audit_entry (actor_type, actor_id, actor_label, ip, action, target_type, target_id, summary, details)
       VALUES ($1, $2, $3, $4, $5, 'campaign', $6, $7, $8::jsonb)`,
      [who.type, 'id' in who ? who.id : null, who.label, 'ip' in who ? who.ip : null, `campaign.${action}`, campaignId, summaries[action], JSON.stringify({ contacts })],
    );
    return { id: campaignId, status: statusAfter[action], contacts };
  });
}
