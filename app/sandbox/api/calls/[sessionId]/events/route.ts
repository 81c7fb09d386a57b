import { route } from '@/lib/http/route';
import { transcriptStream } from '@/lib/sandbox/transcript-stream';
import { requireCall } from '@/lib/server/sandbox/require-call';
import { sandboxRoute } from '@/lib/server/sandbox/sandbox-route';

// GET /sandbox/api/calls/{sessionId}/events: the transcript as server-sent events.
export const GET = sandboxRoute(route<{ sessionId: string }>('sandbox.use', async (request, { params }) => {
  const { sessionId } = await params;
  const stream = transcriptStream(requireCall(sessionId), request.signal);
  return new Response(stream, {
    headers: { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache, no-transform', Connection: 'keep-alive' },
  });
}));
