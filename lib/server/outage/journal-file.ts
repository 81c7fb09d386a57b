import { closeSync, existsSync, fsyncSync, ftruncateSync, mkdirSync, openSync, readFileSync, readSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

// An append-only file of JSON lines, fsynced before an append resolves, with a separate
// record of how far it has been replayed. Appends that arrive while a write is on its way
// to disk are written and fsynced together (group commit): one fsync serves a burst.

export type JournalLimits = { maxBytes: number; maxAgeMs: number };

export type JournalRecord<T> = { at: string; entry: T };

export class JournalFullError extends Error {}

export class JournalFile<T> {
  private readonly file: string;
  private readonly offsetFile: string;
  private handle: FileHandle | undefined;
  private size: number;
  private replayed: number;
  private oldestAt: Date | null = null;
  private pending: Array<{ line: string; done: (error?: unknown) => void }> = [];
  private flushing: Promise<void> | undefined;
  private waitingCount: number;

  constructor(dir: string, name: string, private readonly limits: JournalLimits, private readonly now = () => new Date()) {
    mkdirSync(dir, { recursive: true });
    this.file = path.join(dir, `${name}.ndjson`);
    this.offsetFile = path.join(dir, `${name}.replayed`);
    this.size = existsSync(this.file) ? statSync(this.file).size : 0;
    const stored = existsSync(this.offsetFile) ? Number(readFileSync(this.offsetFile, 'utf8')) : 0;
    this.replayed = Number.isSafeInteger(stored) && stored >= 0 && stored <= this.size ? stored : 0;
    const waiting = this.readWaiting();
    this.waitingCount = waiting.length;
    this.oldestAt = waiting[0] ? new Date(waiting[0].record.at) : null;
  }

  /** Entries appended and not yet replayed, in order, with the offset just past each. */
  readWaiting(): Array<{ record: JournalRecord<T>; end: number }> {
    if (this.size <= this.replayed) return [];
    const fd = openSync(this.file, 'r');
    try {
      const buffer = Buffer.alloc(this.size - this.replayed);
      let read = 0;
      while (read < buffer.length) {
        const n = readSync(fd, buffer, read, buffer.length - read, this.replayed + read);
        if (n === 0) break;
        read += n;
      }
      const out: Array<{ record: JournalRecord<T>; end: number }> = [];
      let start = 0;
      for (let i = 0; i < read; i += 1) {
        if (buffer[i] !== 0x0a) continue;
        const line = buffer.subarray(start, i).toString('utf8');
        // A line cut short by a crash mid-write was never acknowledged: skip it.
        try {
          out.push({ record: JSON.parse(line) as JournalRecord<T>, end: this.replayed + i + 1 });
        } catch {
          console.warn(`[journal] skipping a torn line at byte ${this.replayed + start} of ${this.file}`);
        }
        start = i + 1;
      }
      return out;
    } finally {
      closeSync(fd);
    }
  }

  /** Entries appended and not yet replayed. */
  get waiting(): number {
    return this.waitingCount;
  }

  stats() {
    return { waiting: this.waitingCount, bytes: this.size - this.replayed, oldestAt: this.oldestAt?.toISOString() ?? null, full: this.fullBecause(this.now()) !== null };
  }

  /** Why the journal takes no more entries (its size or its oldest entry's age), or null. */
  private fullBecause(at: Date): string | null {
    if (this.size - this.replayed >= this.limits.maxBytes) return `the journal holds ${this.limits.maxBytes} bytes`;
    if (this.oldestAt && at.getTime() - this.oldestAt.getTime() > this.limits.maxAgeMs) {
      return `the journal's oldest entry is older than ${Math.round(this.limits.maxAgeMs / 60_000)} minutes`;
    }
    return null;
  }

  /** Appends one entry; resolves once it is on disk. Rejects with JournalFullError past the limits. */
  append(entry: T): Promise<void> {
    const at = this.now();
    const full = this.fullBecause(at);
    if (full) return Promise.reject(new JournalFullError(full));
    const line = `${JSON.stringify({ at: at.toISOString(), entry } satisfies JournalRecord<T>)}\n`;
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ line, done: (error) => (error ? reject(error) : resolve()) });
      this.flushing ??= this.flush();
    });
  }

  private async flush(): Promise<void> {
    try {
      while (this.pending.length) {
        const batch = this.pending;
        this.pending = [];
        const bytes = Buffer.from(batch.map((p) => p.line).join(''));
        try {
          this.handle ??= await open(this.file, 'a');
          await this.handle.write(bytes);
          await this.handle.datasync();
          if (this.waitingCount === 0) this.oldestAt = new Date((JSON.parse(batch[0]!.line) as JournalRecord<T>).at);
          this.size += bytes.length;
          this.waitingCount += batch.length;
          for (const p of batch) p.done();
        } catch (error) {
          for (const p of batch) p.done(error);
        }
      }
    } finally {
      this.flushing = undefined;
    }
  }

  /** Records that everything up to `end` is in the database; when all is, empties the file. */
  markReplayed(end: number, count: number, nextAt: string | null): void {
    this.replayed = end;
    this.waitingCount = Math.max(0, this.waitingCount - count);
    this.oldestAt = nextAt ? new Date(nextAt) : null;
    if (this.replayed >= this.size && this.pending.length === 0 && !this.flushing) {
      // Truncate first: a crash between the two steps leaves an offset past the end, read as 0.
      const fd = openSync(this.file, 'r+');
      ftruncateSync(fd, 0);
      fsyncSync(fd);
      closeSync(fd);
      this.size = 0;
      this.replayed = 0;
      this.oldestAt = null;
    }
    const tmp = `${this.offsetFile}.tmp`;
    writeFileSync(tmp, String(this.replayed));
    renameSync(tmp, this.offsetFile);
  }

  async close(): Promise<void> {
    await this.flushing;
    await this.handle?.close();
    this.handle = undefined;
  }
}
