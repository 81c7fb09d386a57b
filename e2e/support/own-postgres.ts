import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { appendFileSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from './second-server';

// A throwaway PostgreSQL server of a test's own: initdb into a temporary folder, its own
// port on 127.0.0.1 only, trust authentication. A test may stop, crash and restart it —
// which it must never do to the shared server on 5432 that other suites run on.
// Plain Node (no Playwright), so the benchmark starts one the same way.

export type StopMode = 'fast' | 'immediate';

export type OwnPostgres = {
  port: number;
  /** A connection URL for `database` (the cluster starts with `postgres` only). */
  url: (database?: string) => string;
  start: () => Promise<void>;
  /** `fast` is an orderly shutdown; `immediate` is a crash (the next start recovers from WAL). */
  stop: (mode?: StopMode) => Promise<void>;
  /** Stops, waits `downMs`, starts; says how long stopping and starting took (a loaded machine adds seconds). */
  restart: (options: { downMs: number; mode?: StopMode }) => Promise<{ stoppingMs: number; startingMs: number }>;
  /** Stops it (immediately) and removes its folder. */
  destroy: () => Promise<void>;
  /** The end of the server's log, for a failure message. */
  log: () => string;
};

const sharedPort = 5432;

/** Where the server binaries are: POSTGRES_BIN_DIR, else the newest /usr/lib/postgresql/<version>/bin, else pg_config's. */
export function postgresBinDir(): string | null {
  const chosen = process.env.POSTGRES_BIN_DIR;
  if (chosen) return existsSync(path.join(chosen, 'pg_ctl')) ? chosen : null;
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((name) => /^\d+(\.\d+)?$/.test(name))
      .sort((a, b) => Number(b) - Number(a));
    for (const version of versions) {
      const bin = path.join(root, version, 'bin');
      if (existsSync(path.join(bin, 'initdb')) && existsSync(path.join(bin, 'pg_ctl'))) return bin;
    }
  }
  const fromPgConfig = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  const bin = fromPgConfig.status === 0 ? fromPgConfig.stdout.trim() : '';
  return bin && existsSync(path.join(bin, 'initdb')) ? bin : null;
}

export const missingPostgresReason =
  'needs the PostgreSQL server binaries (initdb, pg_ctl): install them (Debian: apt-get install postgresql) or set POSTGRES_BIN_DIR';

// PostgreSQL refuses to run as root: then every server command runs as the `postgres` OS user.
const asRoot = process.getuid?.() === 0;

function ownerIds(): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    throw new Error('Running as root, so PostgreSQL must run as the `postgres` OS user, and there is none (useradd postgres)');
  }
}

function command(bin: string, tool: string, args: string[]): [string, string[]] {
  const file = path.join(bin, tool);
  return asRoot ? ['runuser', ['-u', 'postgres', '--', file, ...args]] : [file, args];
}

/** Runs a server tool without blocking the event loop (callers keep calling while it restarts). */
function run(bin: string, tool: string, args: string[], cwd: string): Promise<string> {
  const [file, fullArgs] = command(bin, tool, args);
  return new Promise((resolve, reject) => {
    // cwd: the postgres user may not be allowed into the worktree.
    const child = spawn(file, fullArgs, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`${tool} ${args.join(' ')} exited with ${code}: ${output.trim()}`))));
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function ownPostgres(): Promise<OwnPostgres> {
  const bin = postgresBinDir();
  if (!bin) throw new Error(`Cannot start a PostgreSQL of the test's own: it ${missingPostgresReason}`);
  const port = await freePort();
  if (port === sharedPort) throw new Error('Refusing port 5432: it belongs to the shared PostgreSQL server');

  const folder = mkdtempSync(path.join(tmpdir(), 'ivr-own-pg-'));
  const dataDir = path.join(folder, 'data');
  const logFile = path.join(folder, 'server.log');
  if (asRoot) {
    const { uid, gid } = ownerIds();
    chownSync(folder, uid, gid);
  }
  let running = false;

  // A crashed test run must not leave a server behind: stop it synchronously on exit.
  const onExit = () => {
    if (running) spawnSync(...command(bin, 'pg_ctl', ['-D', dataDir, '-m', 'immediate', 'stop']), { cwd: folder, stdio: 'ignore' });
    rmSync(folder, { recursive: true, force: true });
  };
  process.once('exit', onExit);

  const start = async () => {
    await run(bin, 'pg_ctl', ['-D', dataDir, '-l', logFile, '-w', '-t', '60', 'start'], folder);
    running = true;
    const deadline = Date.now() + 30_000;
    // pg_ctl -w waits already; pg_isready confirms it accepts connections on the TCP port we hand out.
    const ready = () => run(bin, 'pg_isready', ['-q', '-h', '127.0.0.1', '-p', String(port)], folder).then(() => true, () => false);
    while (!(await ready())) {
      if (Date.now() > deadline) throw new Error(`PostgreSQL on port ${port} is not ready after 30 s:\n${readLog()}`);
      await sleep(100);
    }
  };
  const stop = async (mode: StopMode = 'fast') => {
    if (!running) return;
    await run(bin, 'pg_ctl', ['-D', dataDir, '-m', mode, '-w', '-t', '60', 'stop'], folder);
    running = false;
  };
  const readLog = () => (existsSync(logFile) ? readFileSync(logFile, 'utf8').slice(-4000) : '(no log)');

  try {
    // --no-sync only for initdb's own files; the server keeps fsync on, as in production.
    await run(bin, 'initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync', '--no-instructions'], folder);
    appendFileSync(
      path.join(dataDir, 'postgresql.conf'),
      `\n# ${path.basename(folder)}: a test's own server\nport = ${port}\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '${folder}'\n`,
    );
    await start();
  } catch (error) {
    onExit();
    process.removeListener('exit', onExit);
    throw error;
  }

  return {
    port,
    url: (database = 'postgres') => `postgresql://postgres@127.0.0.1:${port}/${database}`,
    start,
    stop,
    async restart({ downMs, mode = 'fast' }) {
      const began = Date.now();
      await stop(mode);
      const stoppingMs = Date.now() - began;
      await sleep(downMs);
      const starting = Date.now();
      await start();
      return { stoppingMs, startingMs: Date.now() - starting };
    },
    async destroy() {
      await stop('immediate').catch(() => {});
      process.removeListener('exit', onExit);
      onExit();
    },
    log: readLog,
  };
}
