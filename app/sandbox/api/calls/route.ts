import { route, readBody } from '@/lib/http/route';
import { placeCallInput } from '@/lib/sandbox/control-api';
import { placeInboundCall } from '@/lib/server/sandbox/place-call';
import { sandboxRoute } from '@/lib/server/sandbox/sandbox-route';

// POST /sandbox/api/calls: an inbound call into the product; it plays in the background.
export const POST = sandboxRoute(route('sandbox.use', async (request) => {
  const { direction: _direction, ...input } = await readBody(request, placeCallInput);
  const call = await placeInboundCall(input);
  return Response.json({ sessionId: call.sessionId }, { status: 201 });
}));
