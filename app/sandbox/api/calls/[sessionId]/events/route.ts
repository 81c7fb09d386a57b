import { route } from '@/lib/http/route';
import { cappedStream } from '@/lib/http/stream-slots';
import { transcriptStream } from '@/lib/sandbox/transcript-stream';
import { requireCall } from '@/lib/server/sandbox/require-call';
import { sandboxRoute } from '@/lib/server/sandbox/sandbox-route';

// GET /sandbox/api/calls/{sessionId}/events: the transcript as server-sent events.
// At most a few open at once per user or token (429 past that).
export const GET = sandboxRoute(route<{ sessionId: string }>('sandbox.use', async (request, { params }, actor) => {
  const call = requireCall((await params).sessionId);
  const stream = cappedStream('sandboxEvents', actor, request.signal, () => transcriptStream(call, request.signal));
  return new Response(stream, {
    headers: { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache, no-transform', Connection: 'keep-alive' },
  });
}));
