import 'server-only';
import path from 'node:path';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import type { StepEffect } from '@/lib/flow/step-effects';
import type { EventRow } from '@/lib/server/calls/event-sql';
import { applyStepEffects } from '@/lib/server/flows/apply-step-effects';
import { storeCallStatus, storeEventOnly, storeMove, type SessionMove } from '@/lib/server/sessions/call-progress';
import { storeSessionEnding, type LegRow, type SessionEnding } from '@/lib/server/sessions/call-summary';
import { storeArrivingCall, type ArrivingCall } from '@/lib/server/sessions/inbound-call';
import { isDatabaseUnavailable, withDeadline } from './database-unavailable';
import { JournalFile, type JournalRecord } from './journal-file';

// Webhook events acknowledged while the database was unavailable, kept on local disk
// (DATA_DIR/webhook-journal/) and replayed into PostgreSQL in order once it answers again.
// An entry is exactly the arguments of the lib/server/sessions write the event would have
// made, so a replay is that write — idempotent by the event key, and subject to the same
// ordering rules. While anything waits, new events join the queue rather than overtake it.

// `effects`: what the reply's steps asked for outside it (an opt-out), applied after the write.
export type JournalEntry =
  | { kind: 'arrival'; row: EventRow; call: ArrivingCall; effects?: StepEffect[] }
  | { kind: 'move'; row: EventRow; move: SessionMove; effects?: StepEffect[] }
  | { kind: 'event'; row: EventRow }
  | { kind: 'status'; row: EventRow; change: { sessionId: string; status: string; callId: string | null; at: Date } }
  | { kind: 'ending'; row: EventRow; end: SessionEnding; legs: LegRow[] };

const date = (value: Date | string) => new Date(value);

/** Applies one entry, as it was when appended (JSON turned its dates into strings). Exported for its tests. */
export async function applyJournalEntry(entry: JournalEntry): Promise<void> {
  const row = { ...entry.row, receivedAt: date(entry.row.receivedAt) };
  switch (entry.kind) {
    case 'arrival':
      await storeArrivingCall(row, { ...entry.call, at: date(entry.call.at) });
      return applyStepEffects(entry.effects ?? [], entry.call.id);
    case 'move':
      await storeMove(row, { ...entry.move, at: date(entry.move.at) });
      return applyStepEffects(entry.effects ?? [], entry.move.sessionId);
    case 'event':
      return storeEventOnly(row);
    case 'status':
      return storeCallStatus(row, { ...entry.change, at: date(entry.change.at) });
    case 'ending': {
      const end = { ...entry.end, startedAt: date(entry.end.startedAt), endedAt: date(entry.end.endedAt), receivedAt: date(entry.end.receivedAt) };
      return storeSessionEnding(row, end, entry.legs);
    }
  }
}

const replayRetryMs = 500;

class WebhookJournal {
  private readonly file: JournalFile<JournalEntry>;
  private readonly failed: JournalFile<JournalEntry>;
  private timer: NodeJS.Timeout | undefined;
  private replaying = false;
  private failedCount = 0;

  constructor(dir: string, name: string, limits: { maxBytes: number; maxAgeMs: number }) {
    this.file = new JournalFile(dir, name, limits);
    // Entries the database refused for a reason waiting will not fix: kept, not retried forever.
    this.failed = new JournalFile(dir, `${name}.failed`, { maxBytes: Number.MAX_SAFE_INTEGER, maxAgeMs: Number.MAX_SAFE_INTEGER });
    this.failedCount = this.failed.stats().waiting;
    if (this.active) this.schedule(0);
  }

  /** True while entries wait: new events must queue behind them. */
  get active(): boolean {
    return this.file.waiting > 0;
  }

  stats() {
    return { ...this.file.stats(), failed: this.failedCount };
  }

  /** Durably records an entry (fsynced) and starts replaying once the database answers. */
  async record(entry: JournalEntry): Promise<void> {
    await this.file.append(entry);
    this.schedule(replayRetryMs);
  }

  private schedule(ms: number) {
    if (this.timer || this.replaying) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.replay();
    }, ms);
    this.timer.unref?.();
  }

  private async replay(): Promise<void> {
    this.replaying = true;
    const started = performance.now();
    let replayed = 0;
    try {
      await withDeadline(db.$queryRaw`SELECT 1`, env().WEBHOOK_DB_DEADLINE_MS);
      for (let waiting = this.file.readWaiting(); waiting.length; waiting = this.file.readWaiting()) {
        for (const [i, { record, end }] of waiting.entries()) {
          await this.applyOne(record);
          replayed += 1;
          this.file.markReplayed(end, 1, waiting[i + 1]?.record.at ?? null);
        }
      }
      if (replayed) console.log(`[outage] replayed ${replayed} webhook events into the database in ${Math.round(performance.now() - started)} ms`);
    } catch (error) {
      if (!isDatabaseUnavailable(error)) console.error('[outage] replay stopped', error);
    } finally {
      this.replaying = false;
      if (this.active) this.schedule(replayRetryMs);
    }
  }

  private async applyOne(record: JournalRecord<JournalEntry>): Promise<void> {
    try {
      // A connection left half-open by the outage must not stall the replay: give up, retry soon.
      await withDeadline(applyJournalEntry(record.entry), env().WEBHOOK_DB_DEADLINE_MS);
    } catch (error) {
      if (isDatabaseUnavailable(error)) throw error;
      console.error(`[outage] the database refused a journaled ${record.entry.kind} event (${record.entry.row.eventKey}); kept in the failed journal`, error);
      await this.failed.append(record.entry);
      this.failedCount += 1;
    }
  }
}

const globalForJournal = globalThis as unknown as { webhookJournal?: WebhookJournal };

/** This server's journal (one per DATA_DIR and port), opened on first use; leftovers replay at once. */
export function webhookJournal(): WebhookJournal {
  if (globalForJournal.webhookJournal) return globalForJournal.webhookJournal;
  const settings = env();
  const dir = path.resolve(settings.DATA_DIR, 'webhook-journal');
  globalForJournal.webhookJournal = new WebhookJournal(dir, `port-${settings.PORT}`, {
    maxBytes: settings.WEBHOOK_JOURNAL_MAX_MB * 1024 * 1024,
    maxAgeMs: settings.WEBHOOK_JOURNAL_MAX_HOURS * 3_600_000,
  });
  return globalForJournal.webhookJournal;
}

/**
 * Stores an event that needs no reply (a status, a summary), or journals it when the
 * database is unavailable or earlier events still wait. Throws only when the journal
 * itself cannot take it (then 8x8 gets an error status and may deliver it again).
 */
export async function storeOrJournal(entry: JournalEntry): Promise<void> {
  const journal = webhookJournal();
  if (!journal.active) {
    try {
      return await withDeadline(applyJournalEntry(entry), env().WEBHOOK_DB_DEADLINE_MS);
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      console.warn(`[outage] database unavailable; journaling ${entry.kind} event ${entry.row.eventKey}`);
    }
  }
  await journal.record(entry);
}
