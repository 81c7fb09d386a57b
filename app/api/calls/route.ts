import { parseOr422, readBody, route } from '@/lib/http/route';
import { launchCall, launchCallInput } from '@/lib/server/calls/launch-call';
import { listCalls, listCallsQuery } from '@/lib/server/calls/list-calls';

export const GET = route('calls.read', async (request) => {
  const query = parseOr422(listCallsQuery, Object.fromEntries(new URL(request.url).searchParams));
  return Response.json(await listCalls(query));
});

/** Launches an outbound callback: { flowId, destination, source?, vars? }. */
export const POST = route('calls.launch', async (request, _context, actor) =>
  Response.json(await launchCall(await readBody(request, launchCallInput), actor), { status: 201 }),
);
