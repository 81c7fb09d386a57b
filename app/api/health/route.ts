import { publicRoute } from '@/lib/http/route';
import { checkDatabase } from '@/lib/server/health/check-database';
import { webhookJournal } from '@/lib/server/outage/webhook-journal';

export const dynamic = 'force-dynamic';

export const GET = publicRoute(async () => {
  const database = await checkDatabase();
  // Opening the journal here also starts replaying what a restart left in it.
  const journal = webhookJournal().stats();
  // Degraded: the database is down but webhooks are answered and journaled — still in
  // service for a load balancer. Events waiting after the database is back are replaying.
  // Unavailable: neither the database nor the journal takes events.
  const status = database.ok ? 'ok' : journal.full ? 'unavailable' : 'degraded';
  return Response.json(
    // Open to anyone (load balancers): says whether the database answers, never where it is.
    { status, database: database.kind, journal: { waiting: journal.waiting, bytes: journal.bytes, oldestAt: journal.oldestAt, failed: journal.failed } },
    { status: status === 'unavailable' ? 503 : 200 },
  );
});
