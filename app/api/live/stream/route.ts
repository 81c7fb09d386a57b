import { route } from '@/lib/http/route';
import { liveCallsStream } from '@/lib/server/live/live-stream';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

// GET /api/live/stream: the calls in progress as server-sent events (snapshot, then changes).
export const GET = route('calls.read', async (request) => {
  return new Response(liveCallsStream(request.signal), {
    headers: { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache, no-transform', Connection: 'keep-alive', 'X-Accel-Buffering': 'no' },
  });
});
