import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

// `npm start` and the benchmark serve a production build: make one when there is
// none, or when a source file is newer than it (so a pull never serves stale code).

const sources = ['app', 'lib', 'components', 'public', 'next.config.js', 'package-lock.json', 'tailwind.config.ts'];

function newestChange(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of readdirSync(entry)) {
    if (child === 'generated' || child.startsWith('.')) continue;
    newest = Math.max(newest, newestChange(path.join(entry, child)));
  }
  return newest;
}

export function ensureBuild(env: NodeJS.ProcessEnv = process.env): void {
  const marker = path.join(env.NEXT_DIST_DIR || '.next', 'BUILD_ID');
  const built = existsSync(marker) ? statSync(marker).mtimeMs : 0;
  const changed = Math.max(...sources.map(newestChange));
  if (built && built >= changed) return;
  console.log(built ? 'Sources changed since the last build: running next build…' : 'No production build yet: running next build…');
  const build = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], { stdio: 'inherit', env });
  if (build.status !== 0) throw new Error('next build failed (see above)');
}
