import { parseOr422, readBody, route } from '@/lib/http/route';
import { createFlow } from '@/lib/server/flows/create-flow';
import { createFlowInput } from '@/lib/server/flows/flow-input';
import { listFlowsQuery, searchFlows } from '@/lib/server/flows/search-flows';

/** `?q&page&pageSize`: { flows, total, page, pages, pageSize }, newest edit first (100 a page, at most 500). */
export const GET = route('flows.read', async (request) => {
  const query = parseOr422(listFlowsQuery, Object.fromEntries(new URL(request.url).searchParams));
  return Response.json(await searchFlows(query, 'empty'));
});

export const POST = route('flows.edit', async (request, _context, actor) => {
  const flow = await createFlow(await readBody(request, createFlowInput), actor);
  return Response.json(flow, { status: 201, headers: { Location: `/api/flows/${flow.id}` } });
});
