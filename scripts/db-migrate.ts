// npm run db:migrate — applies prisma/migrations to DATABASE_URL's server, or to
// the embedded database in DATA_DIR when DATABASE_URL is unset. Idempotent.
import path from 'node:path';
import { describeTarget, databaseTarget, openAdapter } from '../lib/database/adapter';
import { applyMigrations } from '../lib/database/schema-engine';
import { env } from '../lib/env';

export async function migrate(): Promise<string[]> {
  const target = databaseTarget(env());
  const db = openAdapter(target, 2);
  try {
    const applied = await applyMigrations(db.factory, path.resolve('prisma/migrations'));
    console.log(
      applied.length
        ? `Applied ${applied.length} migration(s) to ${describeTarget(target)}: ${applied.join(', ')}`
        : `Database is up to date (${describeTarget(target)}).`,
    );
    return applied;
  } finally {
    await db.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  migrate().catch((error: unknown) => {
    console.error(`Migration failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
