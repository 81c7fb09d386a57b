import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { createScratchDatabase } from '@/scripts/lib/scratch-database';

// A database with the app's migrations for unit tests of lib/server code: a scratch database
// on DATABASE_URL's PostgreSQL when it is set (CI, `npm test`), so transactions really run
// side by side on separate connections; else an in-memory PGlite (one connection, so
// transactions take turns — concurrency tests still pass, but prove less).

export type TestDatabase = {
  db: PrismaClient;
  kind: 'postgres' | 'embedded';
  /** Runs SQL on a connection of its own (PostgreSQL only: to watch other connections wait). */
  observe: <T>(sql: string) => Promise<T[]>;
  close: () => Promise<void>;
};

async function migrations(): Promise<string[]> {
  const dir = path.resolve(import.meta.dirname, '../../prisma/migrations');
  const names = (await readdir(dir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  return Promise.all(names.map((name) => readFile(path.join(dir, name, 'migration.sql'), 'utf8')));
}

export async function openTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const pglite = new PGlite();
    for (const sql of await migrations()) await pglite.exec(sql);
    const db = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
    return {
      db,
      kind: 'embedded',
      observe: () => Promise.reject(new Error('observe needs PostgreSQL')),
      close: async () => {
        await db.$disconnect();
        await pglite.close();
      },
    };
  }
  const scratch = await createScratchDatabase(serverUrl, 'ivr_unit');
  const setup = new pg.Client({ connectionString: scratch.url });
  await setup.connect();
  for (const sql of await migrations()) await setup.query(sql);
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: scratch.url, max: 8 }) });
  return {
    db,
    kind: 'postgres',
    observe: async <T,>(sql: string) => (await setup.query(sql)).rows as T[],
    close: async () => {
      await db.$disconnect();
      await setup.end();
      await scratch.drop();
    },
  };
}
