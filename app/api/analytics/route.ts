import { analyticsQuery } from '@/lib/analytics/analytics-query';
import { parseOr422, route } from '@/lib/http/route';
import { getAnalytics } from '@/lib/server/analytics/get-analytics';

/** The dashboard's figures: GET /api/analytics?from&to&flowId (from/to default to the last 7 days). */
export const GET = route('calls.read', async (request) => {
  const query = parseOr422(analyticsQuery, Object.fromEntries(new URL(request.url).searchParams));
  return Response.json(await getAnalytics(query));
});
