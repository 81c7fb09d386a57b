import { listAuditQuery } from '@/lib/audit/audit-query';
import { parseOr422, route } from '@/lib/http/route';
import { listAudit } from '@/lib/server/audit/list-audit';

// Read only: the log is append-only, so there is no PUT, PATCH or DELETE here (Next answers 405).

/** The audit log, newest first: filters action, actor, targetType, targetId, from, to, q; page, pageSize (≤ 200). */
export const GET = route('audit.read', async (request) => {
  const query = parseOr422(listAuditQuery, Object.fromEntries(new URL(request.url).searchParams));
  return Response.json(await listAudit(query));
});
