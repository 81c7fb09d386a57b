import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { JournalFile, JournalFullError } from './journal-file';

const dirs: string[] = [];
const folder = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'journal-test-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const roomy = { maxBytes: 1024 * 1024, maxAgeMs: 3_600_000 };
const entries = (journal: JournalFile<{ n: number }>) => journal.readWaiting().map((w) => w.record.entry.n);

describe('JournalFile', () => {
  it('keeps appended entries in order on disk, across a reopen (a restart)', async () => {
    const dir = folder();
    const journal = new JournalFile<{ n: number }>(dir, 'j', roomy);
    await Promise.all([1, 2, 3, 4, 5].map((n) => journal.append({ n })));
    expect(entries(journal)).toEqual([1, 2, 3, 4, 5]);
    await journal.close();

    const reopened = new JournalFile<{ n: number }>(dir, 'j', roomy);
    expect(entries(reopened)).toEqual([1, 2, 3, 4, 5]);
    expect(reopened.stats()).toMatchObject({ waiting: 5, full: false });
  });

  it('group-commits a burst: every append resolves, and each is on disk when it does', async () => {
    const dir = folder();
    const journal = new JournalFile<{ n: number }>(dir, 'j', roomy);
    const appended: number[] = [];
    await Promise.all(
      Array.from({ length: 200 }, (_, n) =>
        journal.append({ n }).then(() => {
          const lines = readFileSync(path.join(dir, 'j.ndjson'), 'utf8').trim().split('\n');
          expect(lines.some((line) => (JSON.parse(line) as { entry: { n: number } }).entry.n === n)).toBe(true);
          appended.push(n);
        }),
      ),
    );
    expect(appended).toHaveLength(200);
    expect(journal.stats().waiting).toBe(200);
  });

  it('remembers how far it was replayed, and empties the file once everything is', async () => {
    const dir = folder();
    const journal = new JournalFile<{ n: number }>(dir, 'j', roomy);
    for (const n of [1, 2, 3]) await journal.append({ n });
    const [first, second] = journal.readWaiting();
    journal.markReplayed(first!.end, 1, second!.record.at);
    expect(entries(new JournalFile<{ n: number }>(dir, 'j', roomy))).toEqual([2, 3]);

    const rest = journal.readWaiting();
    journal.markReplayed(rest.at(-1)!.end, rest.length, null);
    expect(journal.stats()).toMatchObject({ waiting: 0, bytes: 0, oldestAt: null });
    expect(readFileSync(path.join(dir, 'j.ndjson'), 'utf8')).toBe('');
    await journal.append({ n: 4 });
    expect(entries(new JournalFile<{ n: number }>(dir, 'j', roomy))).toEqual([4]);
  });

  it('skips a line a crash cut short (it was never acknowledged)', async () => {
    const dir = folder();
    const journal = new JournalFile<{ n: number }>(dir, 'j', roomy);
    await journal.append({ n: 1 });
    await journal.close();
    appendFileSync(path.join(dir, 'j.ndjson'), '{"at":"2026-01-01T00:00:00Z","entry":{"n":\n');
    const reopened = new JournalFile<{ n: number }>(dir, 'j', roomy);
    expect(entries(reopened)).toEqual([1]);
  });

  it('refuses entries past its size bound', async () => {
    const journal = new JournalFile<{ n: string }>(folder(), 'j', { maxBytes: 200, maxAgeMs: 3_600_000 });
    await journal.append({ n: 'x'.repeat(120) });
    await journal.append({ n: 'y' });
    await expect(journal.append({ n: 'z' })).rejects.toBeInstanceOf(JournalFullError);
    expect(journal.stats().full).toBe(true);
  });

  it('refuses entries once its oldest waiting entry is past the age bound', async () => {
    let now = new Date('2026-11-25T10:00:00Z');
    const journal = new JournalFile<{ n: number }>(folder(), 'j', { maxBytes: 1024 * 1024, maxAgeMs: 60_000 }, () => now);
    await journal.append({ n: 1 });
    now = new Date('2026-11-25T10:00:59Z');
    await journal.append({ n: 2 });
    now = new Date('2026-11-25T10:01:01Z');
    await expect(journal.append({ n: 3 })).rejects.toThrow(/older than 1 minutes/);
  });
});
