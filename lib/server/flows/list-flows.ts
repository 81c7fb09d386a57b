import 'server-only';
import { db } from '@/lib/db';
import { flowSummarySelect, toFlowSummary } from './flow-summary';

/** Every flow, newest edit first, for the pages' flow pickers (the flows page and `GET /api/flows` page through `searchFlows`). */
export async function listFlows() {
  const flows = await db.flow.findMany({ orderBy: { updatedAt: 'desc' }, select: flowSummarySelect });
  return flows.map(toFlowSummary);
}
