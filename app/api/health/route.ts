import { route } from '@/lib/http/route';
import { checkDatabase } from '@/lib/server/health/check-database';

export const dynamic = 'force-dynamic';

export const GET = route(async () => {
  const database = await checkDatabase();
  return Response.json(
    { status: database.ok ? 'ok' : 'unavailable', database: database.kind, databaseDescription: database.description },
    { status: database.ok ? 200 : 503 },
  );
});
