import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';

export type DatabaseTarget =
  | { kind: 'postgres'; url: string }
  | { kind: 'embedded'; dataDir: string };

/** DATABASE_URL set → that server; unset → embedded PGlite in DATA_DIR. */
export function databaseTarget(settings: { DATABASE_URL?: string; DATA_DIR: string }): DatabaseTarget {
  if (settings.DATABASE_URL) return { kind: 'postgres', url: settings.DATABASE_URL };
  return { kind: 'embedded', dataDir: path.resolve(settings.DATA_DIR, 'pglite') };
}

export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === 'embedded') return `embedded PGlite in ${target.dataDir}`;
  const url = new URL(target.url);
  return `PostgreSQL ${url.hostname}:${url.port || 5432}${url.pathname}`;
}

/** LISTEN on the embedded database: a second PGlite cannot open the folder, so it goes through this one. */
export type EmbeddedListen = (channel: string, callback: (payload: string) => void) => Promise<() => Promise<void>>;

export type OpenAdapter = {
  factory: SqlMigrationAwareDriverAdapterFactory;
  close: () => Promise<void>;
  /** Embedded only; on PostgreSQL a listener opens its own connection. */
  listen?: EmbeddedListen;
  /** Embedded only: the database itself, for SQL outside Prisma (the campaign queue). */
  pglite?: PGlite;
};

/** One adapter factory for the app, the migrate script and the seed alike. */
export function openAdapter(target: DatabaseTarget, poolSize = 16): OpenAdapter {
  if (target.kind === 'postgres') {
    const factory = new PrismaPg({ connectionString: target.url, max: poolSize });
    return { factory, close: async () => {} };
  }
  // PGlite does not create missing parent folders.
  mkdirSync(target.dataDir, { recursive: true });
  const pglite = new PGlite(target.dataDir);
  const listen: EmbeddedListen = async (channel, callback) => {
    const unlisten = await pglite.listen(channel, callback);
    return () => unlisten();
  };
  return { factory: new PrismaPGlite(pglite), close: () => pglite.close(), listen, pglite };
}
