import 'server-only';
import { databaseDescription, db } from '@/lib/db';

export async function checkDatabase() {
  const database = databaseDescription();
  try {
    await db.$queryRaw`SELECT 1`;
    return { ok: true as const, ...database };
  } catch (error) {
    console.error('[health] database unreachable', error);
    return { ok: false as const, ...database };
  }
}
