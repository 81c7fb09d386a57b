import 'server-only';
import { databaseDescription, db } from '@/lib/db';
import { withDeadline } from '@/lib/server/outage/database-unavailable';

export async function checkDatabase() {
  const database = databaseDescription();
  try {
    await withDeadline(db.$queryRaw`SELECT 1`, 2000);
    return { ok: true as const, ...database };
  } catch (error) {
    console.error('[health] database unreachable', error);
    return { ok: false as const, ...database };
  }
}
