import { callFilterQuery } from '@/lib/calls/call-query';
import { parseOr422, route } from '@/lib/http/route';
import { exportCallsCsv } from '@/lib/server/calls/export-calls';

/** The filtered call history as CSV (same filters as GET /api/calls), streamed a page at a time. */
export const GET = route('calls.read', async (request) => {
  const filter = parseOr422(callFilterQuery, Object.fromEntries(new URL(request.url).searchParams));
  const lines = exportCallsCsv(filter);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await lines.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await lines.return(undefined);
    },
  });
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="calls-${stamp}.csv"` },
  });
});
