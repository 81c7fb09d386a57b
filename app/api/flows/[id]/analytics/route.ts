import { flowOverlayQuery } from '@/lib/analytics/flow-overlay-query';
import { parseOr422, requirePermission, route } from '@/lib/http/route';
import { getFlowOverlay } from '@/lib/server/analytics/get-flow-overlay';

/**
 * The designer's analytics overlay: GET /api/flows/{id}/analytics?version&from&to&campaign —
 * per node of the version (default: the published one, or the campaign's), calls started in
 * the period (default: the last 7 days); with a campaign, only its calls, which also takes
 * the right to read campaigns.
 */
export const GET = route<{ id: string }>('calls.read', async (request, { params }, actor) => {
  const { id } = await params;
  const query = parseOr422(flowOverlayQuery, Object.fromEntries(new URL(request.url).searchParams));
  if (query.campaign) requirePermission(actor, 'campaigns.read');
  return Response.json(await getFlowOverlay(id, query));
});
