import 'server-only';
import { databaseTarget, describeTarget, openAdapter, type EmbeddedListen } from '@/lib/database/adapter';
import { env } from '@/lib/env';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { countRoundTrips } from '@/lib/server/metrics';

// The one Prisma client, opened on first use (not at import, so `next build` never
// opens a database) and cached on globalThis so dev-mode reloads do not open a second
// pool — or, embedded, a second PGlite on the same folder, which fails.
type NotificationSource = { kind: 'postgres'; url: string } | { kind: 'embedded'; listen: EmbeddedListen };
/** Where SQL outside Prisma goes (pg-boss and its transactions): a URL for a pool of its own, or the embedded database. */
export type SqlTarget = { kind: 'postgres'; url: string } | { kind: 'embedded'; pglite: NonNullable<ReturnType<typeof openAdapter>['pglite']> };
type Opened = {
  client: PrismaClient;
  close: () => Promise<void>;
  kind: 'postgres' | 'embedded';
  description: string;
  notifications: NotificationSource;
  sql: SqlTarget;
};
const globalForDb = globalThis as unknown as { openedDb?: Opened };

function opened(): Opened {
  if (globalForDb.openedDb) return globalForDb.openedDb;
  const settings = env();
  const target = databaseTarget(settings);
  const adapter = openAdapter(target);
  const client = new PrismaClient({ adapter: settings.METRICS ? countRoundTrips(adapter.factory) : adapter.factory });
  const notifications: NotificationSource =
    target.kind === 'postgres' ? { kind: 'postgres', url: target.url } : { kind: 'embedded', listen: requireListen(adapter.listen) };
  const sql: SqlTarget = target.kind === 'postgres' ? { kind: 'postgres', url: target.url } : { kind: 'embedded', pglite: adapter.pglite! };
  globalForDb.openedDb = { client, close: adapter.close, kind: target.kind, description: describeTarget(target), notifications, sql };
  return globalForDb.openedDb;
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = opened().client;
    const value: unknown = Reflect.get(client, property);
    return typeof value === 'function' ? value.bind(client) : value;
  },
});

function requireListen(listen: EmbeddedListen | undefined): EmbeddedListen {
  if (!listen) throw new Error('The embedded database adapter offers no LISTEN');
  return listen;
}

/** Where LISTEN works: a URL for a dedicated connection, or the embedded database itself. */
export function notificationSource(): NotificationSource {
  return opened().notifications;
}

export function sqlTarget(): SqlTarget {
  return opened().sql;
}

export function databaseDescription() {
  const { kind, description } = opened();
  return { kind, description };
}

/** For scripts: release the pool (or the embedded database's folder lock). */
export async function closeDb(): Promise<void> {
  const current = globalForDb.openedDb;
  if (!current) return;
  globalForDb.openedDb = undefined;
  await current.client.$disconnect();
  await current.close();
}
