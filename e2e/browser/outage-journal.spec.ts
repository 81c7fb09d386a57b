import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import pg from 'pg';
import type { VcaReply } from '@/lib/eightbyeight/callflow';
import { decodeClientActionId } from '@/lib/flow/client-action-id';
import { createScratchDatabase } from '../../scripts/lib/scratch-database';
import { vcaEvent } from '../../scripts/bench/simulated-call';
import { signedInAdmin } from '../support/isolated-server';
import { missingPostgresReason, ownPostgres, postgresBinDir, type OwnPostgres } from '../support/own-postgres';
import { postWebhook } from '../support/outage/webhook-delivery';
import { freePort, startSecondServer, type SecondServer } from '../support/second-server';
import { testServer } from '../support/test-server';

// Issue 12: the webhook journal is visible ("database unavailable, N events waiting" on the
// live view) and survives a server restart — here a crash (kill -9) while the database is
// down, with the events in the journal only; the server started again on the same DATA_DIR
// replays them into the database. On a PostgreSQL of the test's own, never the shared one.

test.skip(!postgresBinDir() && !process.env.DATABASE_URL, `This outage test ${missingPostgresReason}`);
// A stranger's storage: the test signs in on its own server.
test.use({ storageState: { cookies: [], origins: [] }, extraHTTPHeaders: {} });
test.describe.configure({ timeout: 5 * 60_000 });

const dialed = '+6568332048'; // the seed routes it to the ABC Restaurant flow
const token = testServer.webhookToken;

async function vca(baseUrl: string, sessionId: string, previous: VcaReply | null, digit: string | null) {
  const body = vcaEvent(sessionId, dialed, {
    callStatus: previous ? 'ACTION_COMPLETED' : 'CALL_RECEIVED',
    eventData: { dtmf: digit },
    ...(previous?.clientActionId && { clientActionId: previous.clientActionId }),
  });
  const answer = await postWebhook(baseUrl, '/api/webhooks/8x8/vca', token, body);
  expect(answer.httpStatus, JSON.stringify(answer.json ?? answer.error)).toBe(200);
  return { eventKey: body.payload.eventId, reply: answer.json as VcaReply };
}

async function storedEventKeys(databaseUrl: string, keys: string[]): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ event_key: string }>('SELECT event_key FROM call_event WHERE event_key = ANY($1::text[]) ORDER BY event_key', [keys]);
    return rows.map((row) => row.event_key);
  } finally {
    await client.end();
  }
}

test('the live view says the database is down and how many events wait; a server killed with a journal replays it when it starts again', async ({ browser }) => {
  test.setTimeout(5 * 60_000);
  let postgres: OwnPostgres | undefined;
  let server: SecondServer | undefined;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'ivr-journal-'));
  try {
    postgres = await ownPostgres();
    const { url: databaseUrl } = await createScratchDatabase(postgres.url(), 'ivr_journal');
    const env = {
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
      WEBHOOK_AUTH_TOKEN: token,
      ADMIN_EMAIL: testServer.admin.email,
      ADMIN_PASSWORD: testServer.admin.password,
      SANDBOX_NUMBERS: `${dialed},+6561115777`,
      SECRETS_KEY: randomBytes(32).toString('base64'),
      AUTH_SECRET: randomBytes(32).toString('hex'),
    };
    const port = await freePort();
    server = await startSecondServer(port, { env });
    const api = await signedInAdmin(server.baseUrl);
    const context = await browser.newContext({ storageState: await api.storageState(), baseURL: server.baseUrl });
    await api.dispose();
    const page = await context.newPage();
    await page.goto('/live');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const banner = page.getByText(/Database unavailable: calls are answered from memory/);
    await expect(banner).toBeHidden();

    // A call before the outage: the server now holds the route, the flow and the call.
    const first = randomUUID();
    const welcome = await vca(server.baseUrl, first, null, null);
    expect(decodeClientActionId(welcome.reply.clientActionId)).toMatchObject({ nodeId: 'welcome', step: 0 });

    await postgres.stop('immediate');
    // During the outage the flow's real steps answer, from memory: a key on that call, and a new call.
    const reservations = await vca(server.baseUrl, first, welcome.reply, '1');
    expect(decodeClientActionId(reservations.reply.clientActionId)).toMatchObject({ nodeId: 'reservations', step: 1 });
    const second = await vca(server.baseUrl, randomUUID(), null, null);
    expect(second.reply).toStrictEqual(welcome.reply);
    await expect(page.getByText('Database unavailable: calls are answered from memory; 2 events waiting to be stored.')).toBeVisible({ timeout: 15_000 });

    // The server crashes with both events in its journal only; the database comes back; the
    // server starts again on the same DATA_DIR and port, and its start replays the journal.
    await server.kill();
    server = undefined;
    await postgres.start();
    expect(await storedEventKeys(databaseUrl, [reservations.eventKey, second.eventKey])).toEqual([]);
    server = await startSecondServer(port, { env });
    const keys = [welcome.eventKey, reservations.eventKey, second.eventKey].sort();
    await expect.poll(() => storedEventKeys(databaseUrl, keys), { timeout: 30_000 }).toEqual(keys);
    const health = (await (await fetch(`${server.baseUrl}/api/health`)).json()) as { status: string; journal: { waiting: number; failed: number } };
    expect(health).toMatchObject({ status: 'ok', journal: { waiting: 0, failed: 0 } });

    // The call carries on from where the journal left it, and the live view has no banner.
    const next = await vca(server.baseUrl, first, reservations.reply, '3');
    expect(decodeClientActionId(next.reply.clientActionId)).toMatchObject({ nodeId: 'main_menu', step: 2 });
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText(/Database unavailable/)).toBeHidden();
    await context.close();
  } finally {
    await server?.stop();
    await postgres?.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
