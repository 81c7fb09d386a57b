import { publicRoute } from '@/lib/http/route';
import { checkDatabase } from '@/lib/server/health/check-database';

export const dynamic = 'force-dynamic';

export const GET = publicRoute(async () => {
  const database = await checkDatabase();
  return Response.json(
    // Open to anyone (load balancers): says whether the database answers, never where it is.
    { status: database.ok ? 'ok' : 'unavailable', database: database.kind },
    { status: database.ok ? 200 : 503 },
  );
});
