import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createScratchDatabase } from '../../../scripts/lib/scratch-database';
import { ownPostgres, type OwnPostgres } from '../own-postgres';
import { freePort, startSecondServer, type SecondServer } from '../second-server';

// A PostgreSQL server of the test's own and `servers` production app servers on it, each
// with its own DATA_DIR (where a server keeps its journal) and all with the same secrets,
// as several instances behind a load balancer would be. The first server migrates and
// seeds (scripts/start.ts), so the restaurant flow answers `dialed`.

export type OutageRig = {
  postgres: OwnPostgres;
  databaseUrl: string;
  baseUrls: string[];
  dialed: string;
  /** The end of each server's output, for a failure message. */
  outputs: () => string[];
  close: () => Promise<void>;
};

export type RigOptions = { servers: number; webhookToken: string; admin: { email: string; password: string }; log: (line: string) => void };

const dialed = '+6568332048';

export async function startOutageRig({ servers: count, webhookToken, admin, log }: RigOptions): Promise<OutageRig> {
  const postgres = await ownPostgres();
  const dataDirs: string[] = [];
  const servers: SecondServer[] = [];
  const close = async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await postgres.destroy();
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  };
  try {
    log(`own PostgreSQL on 127.0.0.1:${postgres.port}`);
    const { url: databaseUrl } = await createScratchDatabase(postgres.url(), 'ivr_outage');
    const shared = {
      DATABASE_URL: databaseUrl,
      WEBHOOK_AUTH_TOKEN: webhookToken,
      ADMIN_EMAIL: admin.email,
      ADMIN_PASSWORD: admin.password,
      SANDBOX_NUMBERS: `${dialed},+6561115777`,
      SECRETS_KEY: randomBytes(32).toString('base64'),
      AUTH_SECRET: randomBytes(32).toString('hex'),
    };
    // One after the other: the first migrates and seeds the empty database.
    for (let i = 0; i < count; i += 1) {
      const dataDir = mkdtempSync(path.join(tmpdir(), 'ivr-outage-data-'));
      dataDirs.push(dataDir);
      servers.push(await startSecondServer(await freePort(), { env: { ...shared, DATA_DIR: dataDir } }));
      log(`app server ${i + 1} of ${count} at ${servers[i]!.baseUrl}, DATA_DIR ${dataDir}`);
    }
    return { postgres, databaseUrl, baseUrls: servers.map((s) => s.baseUrl), dialed, outputs: () => servers.map((s) => s.output().slice(-3000)), close };
  } catch (error) {
    await close();
    throw error;
  }
}
