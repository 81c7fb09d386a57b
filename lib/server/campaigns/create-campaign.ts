import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import type { CreateCampaignInput } from '@/lib/campaigns/campaign-input';
import { checkCampaignTimes } from '@/lib/campaigns/campaign-times';
import { db } from '@/lib/db';
import { AppError } from '@/lib/http/app-error';
import { auditActorOf, auditInsert } from '@/lib/server/audit/record-audit';
import { accountNumbers } from './account-numbers';

/** A draft campaign: the flow's published version pinned, the caller id one of the account's numbers. */
export async function createCampaign(actor: Actor & { ip?: string | null }, input: CreateCampaignInput) {
  const times = checkCampaignTimes(input.startAt ?? null, input.endAt, new Date());
  if (times.startAt) throw new AppError('unprocessable', `startAt: ${times.startAt} (or leave startAt out)`);
  if (times.endAt) throw new AppError('unprocessable', `endAt: ${times.endAt}`);
  const flow = await db.flow.findUnique({ where: { id: input.flowId }, select: { id: true, name: true, publishedVersionId: true } });
  if (!flow) throw new AppError('not_found', `No flow with id ${input.flowId}`);
  if (!flow.publishedVersionId) throw new AppError('conflict', 'Publish the flow first: a campaign runs its published version');
  const numbers = await accountNumbers();
  if (!numbers.includes(input.callerId)) throw new AppError('unprocessable', `The caller id ${input.callerId} is not one of the account's numbers (${numbers.join(', ') || 'none'})`);
  const { startAt, retryPolicy, ...rest } = input;
  return db.$transaction(async (tx) => {
    const campaign = await tx.campaign.create({
      data: { ...rest, flowVersionId: flow.publishedVersionId!, startAt: startAt ?? new Date(), retryPolicy, createdBy: actor.id },
      select: { id: true, name: true, status: true, flowVersionId: true },
    });
    await auditInsert(auditActorOf(actor), {
      action: 'campaign.create',
      target: { type: 'campaign', id: campaign.id },
      summary: `Created campaign "${input.name}" with "${flow.name}" from ${input.callerId} at ${input.callsPerSecond} calls/s, at most ${input.maxConcurrent} at once`,
      details: { flowId: flow.id, versionId: flow.publishedVersionId, callerId: input.callerId, callsPerSecond: input.callsPerSecond, maxConcurrent: input.maxConcurrent },
    }, tx);
    return campaign;
  });
}
