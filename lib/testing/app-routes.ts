import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// Every page and route handler under app/, found on disk, so a test can knock on each
// one as a stranger: a route added without protection fails CI.

export type AppEndpoint = { kind: 'page' | 'route'; file: string; url: string; methods: string[] };

const httpMethods = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

export function appEndpoints(appDir = path.resolve('app')): AppEndpoint[] {
  const found: AppEndpoint[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'page.tsx' || entry.name === 'route.ts') {
        const kind = entry.name === 'page.tsx' ? 'page' : 'route';
        const url = urlOf(path.relative(appDir, dir));
        found.push({ kind, file: path.relative(path.dirname(appDir), full), url, methods: kind === 'page' ? ['GET'] : exportedMethods(readFileSync(full, 'utf8')) });
      }
    }
  };
  walk(appDir);
  return found.sort((a, b) => a.url.localeCompare(b.url));
}

/** app/flows/[id]/versions/[version] → /flows/x/versions/1; route groups like (list) vanish. */
function urlOf(relativeDir: string): string {
  const segments = relativeDir
    .split(path.sep)
    .filter((segment) => segment && !/^\(.*\)$/.test(segment))
    .map((segment) => (/^\[\.\.\..+\]$/.test(segment) ? 'x' : /^\[.+\]$/.test(segment) ? (segment.includes('version') ? '1' : 'x') : segment));
  return `/${segments.join('/')}`;
}

function exportedMethods(source: string): string[] {
  return httpMethods.filter((method) => new RegExp(`export\\s+(const|async\\s+function|function)\\s+${method}\\b`).test(source));
}
