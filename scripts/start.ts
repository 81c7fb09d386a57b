// npm start — migrates (idempotently), seeds an empty database, builds when there is
// no current production build, then serves on PORT. With DATABASE_URL unset the
// database is embedded (PGlite in DATA_DIR): nothing to install.
import { spawn } from 'node:child_process';
import { describeTarget, databaseTarget } from '../lib/database/adapter';
import { env } from '../lib/env';
import { migrate } from './db-migrate';
import { ensureBuild } from './lib/ensure-build';
import { seed } from './seed';

const settings = env();
console.log(`Database: ${describeTarget(databaseTarget(settings))}`);
await migrate();
await seed();

ensureBuild();

// scripts/server.mjs: Next behind a front that sets the client's address (see there).
const server = spawn(process.execPath, ['scripts/server.mjs'], {
  stdio: 'inherit',
  env: { ...process.env, PORT: String(settings.PORT), NODE_ENV: 'production' },
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
