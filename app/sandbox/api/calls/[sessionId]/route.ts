import { route } from '@/lib/http/route';
import { describeCall } from '@/lib/sandbox/engine/describe-call';
import { requireCall } from '@/lib/server/sandbox/require-call';
import { sandboxRoute } from '@/lib/server/sandbox/sandbox-route';

// GET /sandbox/api/calls/{sessionId}: where the call stands, with its transcript.
export const GET = sandboxRoute(route<{ sessionId: string }>('sandbox.use', async (_request, { params }) => {
  const { sessionId } = await params;
  return Response.json(describeCall(requireCall(sessionId)));
}));
