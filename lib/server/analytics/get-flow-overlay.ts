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

/** Per-node counts of one version's calls started in the period (GET /api/flows/{id}/analytics). */
export async function getFlowOverlay(flowId: string, query: FlowOverlayQuery): Promise<FlowOverlay> {
  const version = await versionFor(flowId, query.version);
  const result = splitOverlayRows(await db.$queryRaw<OverlayRow[]>(flowOverlaySql(version.id, query)));
  const { nodes, balanced } = buildFlowOverlay(loadFlowDocument(version.document), result.rows);
  return {
    flowId,
    version: { number: version.version, id: version.id, publishedAt: version.publishedAt.toISOString(), live: version.live },
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
