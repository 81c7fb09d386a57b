// npm start — migrates (idempotently), seeds an empty database, builds if there is
// no production build yet, then serves on PORT. With DATABASE_URL unset the
// database is embedded (PGlite in DATA_DIR): nothing to install.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describeTarget, databaseTarget } from '../lib/database/adapter';
import { env } from '../lib/env';
import { migrate } from './db-migrate';
import { seed } from './seed';

const settings = env();
console.log(`Database: ${describeTarget(databaseTarget(settings))}`);
await migrate();
await seed();

const nextBin = 'node_modules/next/dist/bin/next';
const distDir = process.env.NEXT_DIST_DIR || '.next';
if (!existsSync(`${distDir}/BUILD_ID`)) {
  console.log('No production build yet: running next build (once)…');
  const build = spawnSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn(process.execPath, [nextBin, 'start', '-p', String(settings.PORT), '-H', process.env.HOSTNAME ?? '0.0.0.0'], {
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
