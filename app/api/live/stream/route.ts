import { route } from '@/lib/http/route';
import { eventStreamHeaders } from '@/lib/http/event-stream';
import { cappedStream } from '@/lib/http/stream-slots';
import { liveCallsStream } from '@/lib/server/live/live-stream';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

// GET /api/live/stream: the calls in progress as server-sent events (snapshot, then changes).
// At most a few open at once per user or token (429 past that).
export const GET = route('calls.read', async (request, _context, actor) => {
  return new Response(cappedStream('live', actor, request.signal, () => liveCallsStream(request.signal)), { headers: eventStreamHeaders });
});
