import { flowOverlayQuery } from '@/lib/analytics/flow-overlay-query';
import { parseOr422, route } from '@/lib/http/route';
import { getFlowOverlay } from '@/lib/server/analytics/get-flow-overlay';

/**
 * The designer's analytics overlay: GET /api/flows/{id}/analytics?version&from&to —
 * per node of the version (default: the published one), calls started in the period
 * (default: the last 7 days).
 */
export const GET = route<{ id: string }>('calls.read', async (request, { params }) => {
  const { id } = await params;
  const query = parseOr422(flowOverlayQuery, Object.fromEntries(new URL(request.url).searchParams));
  return Response.json(await getFlowOverlay(id, query));
});
