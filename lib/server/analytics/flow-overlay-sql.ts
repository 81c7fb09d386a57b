import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import type { OverlayRows } from '@/lib/analytics/flow-overlay';

// The designer's overlay in one statement, so every count comes from the same snapshot
// and they add up exactly even while calls are live (see lib/analytics/flow-overlay.ts).
// Sessions: the version's, started in [from, to) (and, filtered, a campaign's), through
// the (flow_version_id, started_at) index; their events through (session_id, id).

export type OverlayRow = { part: 'walked' | 'resumed' | 'stopped' | 'sessions' | 'notAnswered' | 'counted'; nodeId: string | null; output: string | null; ended: boolean | null; count: number };

/**
 * An outbound callback that nobody answered still stored the walk of the callflow it was
 * launched with; nobody heard it, so it is left out. Answered, it sends a VCA unless the
 * callee hangs up during the first prompt, and then ends COMPLETED.
 */
const notAnsweredSql = Prisma.sql`(s.direction = 'OUTBOUND' AND coalesce(s.final_status IN ('BUSY', 'NO_ANSWER', 'FAILED', 'CANCELED'), false)
  AND NOT EXISTS (SELECT 1 FROM call_event a WHERE a.session_id = s.id AND a.kind = 'VCA'))`;

/**
 * A campaign's calls: the sessions its attempts created (campaign_attempt.session_id).
 * A Send Callflow 8x8 refused made no call, so its history row is not one of them.
 */
export const campaignSessionsSql = (campaignId: string) =>
  Prisma.sql`s.id IN (SELECT a.session_id FROM campaign_attempt a WHERE a.campaign_id = ${campaignId} AND a.session_id IS NOT NULL)`;

export type OverlayFilter = { from: Date; to: Date; campaignId?: string };

export function flowOverlaySql(versionId: string, filter: OverlayFilter): Prisma.Sql {
  const campaign = filter.campaignId ? Prisma.sql`AND ${campaignSessionsSql(filter.campaignId)}` : Prisma.empty;
  return Prisma.sql`
    WITH s AS (
      SELECT s.id, s.ended_at, ${notAnsweredSql} AS not_answered
      FROM call_session s
      WHERE s.flow_version_id = ${versionId} AND s.started_at >= ${filter.from} AND s.started_at < ${filter.to} ${campaign}
    ), counted AS (
      SELECT id, ended_at FROM s WHERE NOT not_answered
    ), ev AS (
      -- Apologies and summaries walk nothing; rows from before walks were stored neither.
      SELECT e.id, e.session_id, e.node_id, e.walked_nodes, e.walked_outputs, e.resumed_output
      FROM counted c JOIN call_event e ON e.session_id = c.id
      WHERE cardinality(e.walked_nodes) > 0 OR e.resumed_output IS NOT NULL
    ), last AS (
      -- Where each call's latest reply left it: its walk's last entry (NULL for a callback that walked nothing).
      SELECT DISTINCT ON (ev.session_id) ev.session_id,
             ev.walked_nodes[cardinality(ev.walked_nodes)] AS node_id,
             ev.walked_outputs[cardinality(ev.walked_outputs)] AS output
      FROM ev
      ORDER BY ev.session_id, ev.id DESC
    )
    SELECT 'walked' AS part, w.node_id AS "nodeId", coalesce(w.output, '') AS output, NULL::boolean AS ended, count(*)::int AS count
    FROM ev CROSS JOIN LATERAL unnest(ev.walked_nodes, ev.walked_outputs) AS w(node_id, output)
    WHERE w.node_id IS NOT NULL
    GROUP BY w.node_id, coalesce(w.output, '')
    UNION ALL
    SELECT 'resumed', ev.node_id, ev.resumed_output, NULL, count(*)::int
    FROM ev WHERE ev.resumed_output IS NOT NULL AND ev.node_id IS NOT NULL
    GROUP BY ev.node_id, ev.resumed_output
    UNION ALL
    -- Stopped at the node: waiting there (a menu, a transfer) or ended the call there.
    SELECT 'stopped', l.node_id, '', c.ended_at IS NOT NULL, count(*)::int
    FROM last l JOIN counted c ON c.id = l.session_id
    WHERE l.output = ''
    GROUP BY l.node_id, c.ended_at IS NOT NULL
    UNION ALL
    SELECT 'sessions', NULL, NULL, NULL, count(*)::int FROM s
    UNION ALL
    SELECT 'notAnswered', NULL, NULL, NULL, count(*) FILTER (WHERE not_answered)::int FROM s
    UNION ALL
    SELECT 'counted', NULL, NULL, NULL, count(DISTINCT ev.session_id)::int FROM ev`;
}

/** The statement's rows split into the overlay's rows and the session totals. */
export function splitOverlayRows(rows: readonly OverlayRow[]): { rows: OverlayRows; sessions: number; notAnswered: number; counted: number } {
  const of = (part: OverlayRow['part']) => rows.filter((r) => r.part === part);
  const keyed = (part: 'walked' | 'resumed') => of(part).map((r) => ({ nodeId: r.nodeId ?? '', output: r.output ?? '', count: r.count }));
  const total = (part: OverlayRow['part']) => of(part).reduce((sum, r) => sum + r.count, 0);
  return {
    rows: {
      walked: keyed('walked'),
      resumed: keyed('resumed'),
      stopped: of('stopped').map((r) => ({ nodeId: r.nodeId ?? '', ended: r.ended === true, count: r.count })),
    },
    sessions: total('sessions'),
    notAnswered: total('notAnswered'),
    counted: total('counted'),
  };
}
