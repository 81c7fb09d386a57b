import { route } from '@/lib/http/route';
import { requireCall } from '@/lib/server/sandbox/require-call';
import { sandboxRoute } from '@/lib/server/sandbox/sandbox-route';

// POST /sandbox/api/calls/{sessionId}/hangup: the caller hangs up (an ended call stays ended).
export const POST = sandboxRoute(route<{ sessionId: string }>('sandbox.use', async (_request, { params }) => {
  const { sessionId } = await params;
  requireCall(sessionId).hangUp('The caller hung up');
  return Response.json({ sessionId }, { status: 202 });
}));
