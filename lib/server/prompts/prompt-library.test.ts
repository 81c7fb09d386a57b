import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AuditActor } from '@/lib/server/audit/record-audit';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { doc, e, hangup, playFile, start } from '@/lib/flow/testing/builders';
import { silentMp3, uniqueWav } from '@/lib/testing/audio-samples';
import { useTestDb } from '@/lib/testing/mock-db';
import { openTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { createFlow } from '@/lib/server/flows/create-flow';
import { publishFlow } from '@/lib/server/flows/publish-flow';
import { saveDraft } from '@/lib/server/flows/save-draft';
import { deletePrompt } from './delete-prompt';
import { knownPrompts } from './known-prompts';
import { readPromptBytes } from './read-prompt-file';
import { renamePrompt } from './rename-prompt';
import { uploadPrompt } from './upload-prompt';

vi.mock('@/lib/db', async () => (await import('@/lib/testing/mock-db')).mockDbModule);

let database: TestDatabase;
let db: PrismaClient;
const actor: AuditActor = { type: 'user', id: 'u1', label: 'editor@example.test', ip: '127.0.0.1' };

beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
  useTestDb(db);
}, 60_000);

afterAll(async () => {
  await database.close();
});

/** A flow whose draft plays `path`; published when asked. */
async function flowPlaying(path: string, { publish }: { publish: boolean }) {
  const document = doc([start(), playFile('greeting', path), hangup('end')], [e('start', 'next', 'greeting'), e('greeting', 'next', 'end')]);
  const flow = await createFlow({ name: `plays ${path.slice(9, 15)}`, document }, actor);
  if (publish) await publishFlow(flow.id, actor);
  return flow;
}

const auditActions = async (id: string) => (await db.auditEntry.findMany({ where: { targetId: id }, orderBy: { id: 'asc' }, select: { action: true } })).map((a) => a.action);

describe('the prompt library', () => {
  it('stores a recording once: the type from its bytes, its hash as its name, the same bytes again refused naming it', async () => {
    const bytes = silentMp3(3);
    const stored = await uploadPrompt({ name: 'Hold music', bytes }, actor);
    expect(stored).toMatchObject({ name: 'Hold music', contentType: 'audio/mpeg', format: 'MP3', size: bytes.length, uploadedBy: 'editor@example.test' });
    expect(stored.path).toBe(`/prompts/${stored.sha256}.mp3`);
    expect(stored.url).toMatch(new RegExp(`^https?://[^/]+${stored.path}$`));
    await expect(uploadPrompt({ name: 'Another name', bytes }, actor)).rejects.toMatchObject({
      status: 409,
      message: /already in the library as “Hold music”/,
      details: { existing: { id: stored.id } },
    });
    // Even when both arrive at once: one is stored, the other told which.
    const twin = uniqueWav();
    const results = await Promise.allSettled([uploadPrompt({ name: 'a', bytes: twin }, actor), uploadPrompt({ name: 'b', bytes: twin }, actor)]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { status: 409 } });
  });

  it('refuses what is not audio (415) and an empty body (422), storing nothing', async () => {
    const before = await db.prompt.count();
    await expect(uploadPrompt({ name: 'x', bytes: Buffer.from('<html></html>') }, actor)).rejects.toMatchObject({ status: 415, message: /an HTML or XML document/ });
    await expect(uploadPrompt({ name: 'x', bytes: Buffer.alloc(0) }, actor)).rejects.toMatchObject({ status: 422 });
    expect(await db.prompt.count()).toBe(before);
  });

  it('reads any byte range from the database', async () => {
    const bytes = uniqueWav(1);
    const { sha256 } = await uploadPrompt({ name: 'ranges', bytes }, actor);
    expect(Buffer.from((await readPromptBytes(sha256, 0, bytes.length - 1))!)).toEqual(bytes);
    expect(Buffer.from((await readPromptBytes(sha256, 40, 59))!)).toEqual(bytes.subarray(40, 60));
    expect(await readPromptBytes('0'.repeat(64), 0, 1)).toBeNull();
  });

  it('renames without touching the bytes, and audits upload and rename', async () => {
    const stored = await uploadPrompt({ name: 'Old', bytes: uniqueWav() }, actor);
    const renamed = await renamePrompt(stored.id, { name: 'New' }, actor);
    expect(renamed).toMatchObject({ name: 'New', sha256: stored.sha256, path: stored.path });
    expect(await auditActions(stored.id)).toEqual(['prompt.upload', 'prompt.rename']);
    await expect(renamePrompt('missing', { name: 'x' }, actor)).rejects.toMatchObject({ status: 404 });
  });

  it('refuses to delete a recording a published version plays (409 naming flow and version), even after a newer version stops playing it', async () => {
    const stored = await uploadPrompt({ name: 'Welcome', bytes: uniqueWav() }, actor);
    const flow = await flowPlaying(stored.path, { publish: true });
    await expect(deletePrompt(stored.id, actor)).rejects.toMatchObject({
      status: 409,
      message: new RegExp(`“Welcome” is played by published versions of “${flow.name}” v1 \\(live\\)`),
      details: { usedBy: [{ flowId: flow.id, versions: [1], live: true }] },
    });
    // v2 no longer plays it, but v1 still exists (and may be restored, or still be on a call).
    await saveDraft(flow.id, { draftRevision: 1, document: doc([start(), hangup('end')], [e('start', 'next', 'end')]) }, actor);
    expect(await publishFlow(flow.id, actor)).toMatchObject({ version: 2 });
    await expect(deletePrompt(stored.id, actor)).rejects.toMatchObject({ status: 409, details: { usedBy: [{ versions: [1], live: false }] } });
    expect(await db.prompt.count({ where: { id: stored.id } })).toBe(1);
  });

  it('deletes a recording only drafts play, saying which drafts; lint then flags their step', async () => {
    const stored = await uploadPrompt({ name: 'Draft only', bytes: uniqueWav() }, actor);
    const flow = await flowPlaying(stored.path, { publish: false });
    const document = doc([start(), playFile('greeting', stored.path)], [e('start', 'next', 'greeting')]);
    expect(await knownPrompts(document)).toEqual(new Set([stored.sha256]));
    expect(await deletePrompt(stored.id, actor)).toEqual({ id: stored.id, name: 'Draft only', drafts: [{ flowId: flow.id, flowName: flow.name }] });
    expect(await knownPrompts(document)).toEqual(new Set());
    await expect(publishFlow(flow.id, actor)).rejects.toMatchObject({ status: 422, message: /its recording was deleted from the prompt library/ });
    expect(await auditActions(stored.id)).toEqual(['prompt.upload', 'prompt.delete']);
    await expect(deletePrompt(stored.id, actor)).rejects.toMatchObject({ status: 404 });
  });

  it.skipIf(!process.env.DATABASE_URL)('a delete that meets a publish of the same recording waits for it, then refuses (PostgreSQL: two connections)', async () => {
    const stored = await uploadPrompt({ name: 'Race', bytes: uniqueWav() }, actor);
    const flow = await flowPlaying(stored.path, { publish: false });
    // A publish that has checked the recording (share lock) but not yet committed its version.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let checked = () => {};
    const isChecked = new Promise<void>((resolve) => (checked = resolve));
    const publishing = db.$transaction(
      async (tx) => {
        const document = doc([start(), playFile('greeting', stored.path)], [e('start', 'next', 'greeting')]);
        expect(await knownPrompts(document, tx, { lock: true })).toEqual(new Set([stored.sha256]));
        await tx.flowVersion.create({ data: { flowId: flow.id, version: 1, document } });
        checked();
        await held;
      },
      { timeout: 20_000 },
    );
    await isChecked;
    const deleting = deletePrompt(stored.id, actor).then(
      () => 'deleted',
      (error: { status?: number }) => error.status,
    );
    await expect
      .poll(async () => {
        const [row] = await database.observe<{ waiting: number }>(
          "SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
        );
        return row?.waiting ?? 0;
      }, { timeout: 10_000, interval: 10 })
      .toBe(1);
    release();
    await publishing;
    expect(await deleting).toBe(409);
  }, 30_000);
});
