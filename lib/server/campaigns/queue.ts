import 'server-only';
import PgBoss from 'pg-boss';
import { bossConnection, type BossDb } from './sql';

// The campaign queue on pg-boss: one job per contact to try, with its startAfter for delays
// and calling hours. A job is only a nudge: the contact's row says whether anything is due, and
// the attempt row's unique key (contact, attempt number) makes a duplicate job harmless.

export const dialQueue = 'campaign-dial';
export type DialJob = { campaignId: string; contactId: string; generation: number };

/** A job whose worker died is offered again after this; a dial takes well under it. */
const expireInSeconds = 30;
/**
 * A failed job (a database error mid-dial, a server gone) is tried again after 1–2 s, then
 * twice as long each time: 20 tries span days, so a fault that lasts minutes (a database
 * restart) leaves no contact behind, where 20 tries a second apart would give up in 20 s.
 */
const retry = { retryLimit: 20, retryDelay: 1, retryBackoff: true };

const holder = globalThis as unknown as { campaignBoss?: Promise<PgBoss> };

export function boss(): Promise<PgBoss> {
  holder.campaignBoss ??= (async () => {
    const instance = new PgBoss({ ...bossConnection(), schema: 'pgboss', supervise: true, maintenanceIntervalSeconds: 5, schedule: false, migrate: true });
    instance.on('error', (error: unknown) => console.error('[campaigns] queue error', error));
    await instance.start();
    await instance.createQueue(dialQueue, { name: dialQueue, policy: 'standard', ...retry, expireInSeconds });
    return instance;
  })().catch((error: unknown) => {
    holder.campaignBoss = undefined;
    throw error;
  });
  return holder.campaignBoss;
}

/** Jobs for these contacts, in the caller's transaction when `db` is given. */
export async function enqueue(jobs: Array<DialJob & { startAfter?: Date }>, db?: BossDb): Promise<void> {
  if (!jobs.length) return;
  const queue = await boss();
  for (let at = 0; at < jobs.length; at += 5000) {
    const batch = jobs.slice(at, at + 5000).map(({ startAfter, ...data }) => ({
      name: dialQueue,
      data,
      expireInSeconds,
      ...retry,
      ...(startAfter && { startAfter: startAfter.toISOString() }),
    }));
    await queue.insert(batch, db ? { db } : {});
  }
}
