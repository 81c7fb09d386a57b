import { auditFilterQuery } from '@/lib/audit/audit-query';
import { csvDownload } from '@/lib/http/csv-download';
import { parseOr422, route } from '@/lib/http/route';
import { exportAuditCsv } from '@/lib/server/audit/export-audit';

/** The filtered audit log as CSV (same filters as GET /api/audit), streamed a page at a time. */
export const GET = route('audit.read', async (request) => {
  const filter = parseOr422(auditFilterQuery, Object.fromEntries(new URL(request.url).searchParams));
  return csvDownload(exportAuditCsv(filter), 'audit');
});
