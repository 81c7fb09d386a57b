import 'server-only';
import pg from 'pg';
import { sqlTarget } from '@/lib/db';

// SQL outside Prisma for the campaign engine: row locks, one-statement token buckets, and
// pg-boss jobs sent inside the same transaction (pg-boss's `db` option). On PostgreSQL a small
// pool of its own; embedded, the app's PGlite. Sessions run in UTC, and timestamp columns
// (Prisma's DateTime) are read as UTC whatever the process's zone.

export type Sql = { query<T = Record<string, unknown>>(text: string, values?: unknown[]): Promise<T[]> };
export type BossDb = { executeSql(text: string, values: unknown[]): Promise<{ rows: unknown[] }> };

const timestampOid = 1114;
const utcTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === timestampOid ? (text: string) => new Date(`${text.replace(' ', 'T')}Z`) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

const holder = globalThis as unknown as { campaignPool?: pg.Pool };

function pool(url: string): pg.Pool {
  holder.campaignPool ??= new pg.Pool({ connectionString: url, max: 12, options: '-c timezone=UTC', types: utcTypes });
  return holder.campaignPool;
}

/** One statement outside a transaction. */
export async function sql<T = Record<string, unknown>>(text: string, values: unknown[] = []): Promise<T[]> {
  const target = sqlTarget();
  if (target.kind === 'postgres') return (await pool(target.url).query(text, values)).rows as T[];
  return (await target.pglite.query(text, values)).rows as T[];
}

/** A transaction: `fn` gets the statement runner and, for pg-boss, the same connection as its `db`. */
export async function transaction<T>(fn: (tx: Sql, boss: BossDb) => Promise<T>): Promise<T> {
  const target = sqlTarget();
  if (target.kind === 'embedded') {
    return target.pglite.transaction(async (t) => {
      const tx: Sql = { query: async <R,>(text: string, values: unknown[] = []) => (await t.query(text, values)).rows as R[] };
      return fn(tx, { executeSql: async (text, values) => ({ rows: (await t.query(text, values)).rows }) });
    });
  }
  const client = await pool(target.url).connect();
  try {
    await client.query('BEGIN');
    const tx: Sql = { query: async <R,>(text: string, values: unknown[] = []) => (await client.query(text, values)).rows as R[] };
    const result = await fn(tx, { executeSql: async (text, values) => ({ rows: (await client.query(text, values)).rows }) });
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** pg-boss's own connection: its pool on PostgreSQL, the app's PGlite embedded (multi-statement scripts through exec). */
export function bossConnection(): { connectionString: string; max: number } | { db: BossDb } {
  const target = sqlTarget();
  if (target.kind === 'postgres') return { connectionString: target.url, max: 6 };
  const { pglite } = target;
  return {
    db: {
      // pg-boss calls it without values for its own scripts (migrations, several statements).
      executeSql: async (text, values = []) => {
        if (values.length === 0 && text.includes(';')) {
          const results = await pglite.exec(text);
          return { rows: results.at(-1)?.rows ?? [] };
        }
        return { rows: (await pglite.query(text, values)).rows };
      },
    },
  };
}
