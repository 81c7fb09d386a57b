import { auditFilterQuery } from '@/lib/audit/audit-query';
import { parseOr422, route } from '@/lib/http/route';
import { exportAuditCsv } from '@/lib/server/audit/export-audit';

/** The filtered audit log as CSV (same filters as GET /api/audit), streamed a page at a time. */
export const GET = route('audit.read', async (request) => {
  const filter = parseOr422(auditFilterQuery, Object.fromEntries(new URL(request.url).searchParams));
  const lines = exportAuditCsv(filter);
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
    headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="audit-${stamp}.csv"` },
  });
});
