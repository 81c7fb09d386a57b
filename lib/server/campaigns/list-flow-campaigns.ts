import 'server-only';
import { db } from '@/lib/db';
import type { FlowCampaign } from '@/lib/analytics/flow-overlay-query';

/** The campaigns that ran a flow (started at least once), the latest started first, with the version each was pinned to. */
export async function listFlowCampaigns(flowId: string): Promise<FlowCampaign[]> {
  const rows = await db.$queryRaw<Array<{ id: string; name: string; status: string; version: number; startedAt: Date; finishedAt: Date | null }>>`
    SELECT c.id, c.name, c.status, v.version, c.started_at AS "startedAt", c.finished_at AS "finishedAt"
    FROM campaign c JOIN flow_version v ON v.id = c.flow_version_id
    WHERE c.flow_id = ${flowId} AND c.started_at IS NOT NULL
    ORDER BY c.started_at DESC, c.id
    LIMIT 200`;
  return rows.map((r) => ({ ...r, startedAt: r.startedAt.toISOString(), finishedAt: r.finishedAt?.toISOString() ?? null }));
}
