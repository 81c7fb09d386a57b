import 'server-only';
import { db } from '@/lib/db';
import { buildFlowOverlay } from '@/lib/analytics/flow-overlay';
import type { FlowOverlay, FlowOverlayQuery } from '@/lib/analytics/flow-overlay-query';
import { loadFlowDocument } from '@/lib/flow/document';
import { AppError } from '@/lib/http/app-error';
import { flowOverlaySql, splitOverlayRows, type OverlayRow } from './flow-overlay-sql';

/** The version asked for, or the one calls use now: 404 naming what is missing. */
async function versionFor(flowId: string, version: number | undefined) {
  const flow = await db.flow.findUnique({
    where: { id: flowId },
    select: {
      publishedVersionId: true,
      versions: {
        where: version === undefined ? { publishedOf: { isNot: null } } : { version },
        select: { id: true, version: true, publishedAt: true, document: true },
      },
    },
  });
  if (!flow) throw new AppError('not_found', `No flow with id ${flowId}`);
  const found = flow.versions[0];
  if (!found) {
    throw new AppError(
      'not_found',
      version === undefined ? `Flow ${flowId} is not published yet: publish it, or name a version with ?version=N` : `Flow ${flowId} has no version ${version}`,
    );
  }
  return { ...found, live: found.id === flow.publishedVersionId };
}

/** A campaign that ran this flow, with the version it was pinned to: 404 unknown, 400 another flow's. */
async function campaignOf(flowId: string, campaignId: string) {
  const campaign = await db.campaign.findUnique({ where: { id: campaignId }, select: { id: true, name: true, flowId: true, flowVersionId: true } });
  if (!campaign) throw new AppError('not_found', `No campaign with id ${campaignId}`);
  if (campaign.flowId !== flowId) throw new AppError('bad_request', `Campaign "${campaign.name}" runs another flow, not ${flowId}: pick one of this flow's campaigns`);
  const pinned = await db.flowVersion.findUniqueOrThrow({ where: { id: campaign.flowVersionId }, select: { version: true } });
  return { ...campaign, version: pinned.version };
}

/**
 * Per-node counts of one version's calls started in the period (GET /api/flows/{id}/analytics);
 * with a campaign, only its calls, on the version it ran unless the query names one.
 */
export async function getFlowOverlay(flowId: string, query: FlowOverlayQuery): Promise<FlowOverlay> {
  const campaign = query.campaign ? await campaignOf(flowId, query.campaign) : null;
  const version = await versionFor(flowId, query.version ?? campaign?.version);
  const filter = { from: query.from, to: query.to, campaignId: campaign?.id };
  const result = splitOverlayRows(await db.$queryRaw<OverlayRow[]>(flowOverlaySql(version.id, filter)));
  const { nodes, balanced } = buildFlowOverlay(loadFlowDocument(version.document), result.rows);
  return {
    flowId,
    version: { number: version.version, id: version.id, publishedAt: version.publishedAt.toISOString(), live: version.live },
    campaign: campaign && { id: campaign.id, name: campaign.name },
    from: query.from.toISOString(),
    to: query.to.toISOString(),
    totals: {
      sessions: result.sessions,
      counted: result.counted,
      notAnswered: result.notAnswered,
      unrecorded: result.sessions - result.notAnswered - result.counted,
    },
    nodes,
    balanced,
  };
}
